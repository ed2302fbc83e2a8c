-- Issue 17: Spring Modulith's event publication registry (spring-modulith-starter-jpa). A module event, e.g.
-- MemberLeftOrder, is written here in the publisher's transaction, one row per listener, and marked completed when
-- the listener's transaction commits; a row still incomplete after a crash is delivered again at start-up.
CREATE TABLE event_publication (
    id                     UUID         NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       TEXT         NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6)  NULL,
    last_resubmission_date DATETIME(6)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    status                 VARCHAR(20)  NULL
);

CREATE INDEX ix_event_publication_incomplete ON event_publication (completion_date, publication_date);
