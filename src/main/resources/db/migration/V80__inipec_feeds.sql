-- The INI-PEC feeds of each Order (issue 14): each generated file is kept with who made it and its counts, so
-- that any past feed can be downloaded again; inipec_published holds what the index was last told of each
-- member, the base of the next feed's inserts, updates and deletes.
CREATE TABLE inipec_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT        NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    inserts     INT           NOT NULL,
    updates     INT           NOT NULL,
    deletes     INT           NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    content     LONGBLOB      NOT NULL,
    CONSTRAINT fk_inipec_feed_order FOREIGN KEY (order_id) REFERENCES medical_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inipec_feed_order ON inipec_feed (order_id, created_at);

CREATE TABLE inipec_published (
    member_id            BIGINT        NOT NULL PRIMARY KEY,
    order_id             BIGINT        NOT NULL,
    pec_address          VARCHAR(254)  NOT NULL,
    given_name           VARCHAR(100)  NOT NULL,
    surname              VARCHAR(100)  NOT NULL,
    registration_number  VARCHAR(20),
    fiscal_code          VARCHAR(16)   NOT NULL,
    registration_date    DATE          NOT NULL,
    feed_id              BIGINT        NOT NULL,
    CONSTRAINT fk_inipec_published_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_inipec_published_feed FOREIGN KEY (feed_id) REFERENCES inipec_feed (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inipec_published_order ON inipec_published (order_id);
