-- Digital-domicile compliance (DL 185/2008 art. 16 c. 7, DL 76/2020 art. 37): PEC addresses members hold outside
-- the convention, the cases the Order opens against members without a valid PEC, their dated steps, the Council
-- meetings suspensions are proposed to, and the monthly snapshot of the compliance rate.

-- A PEC address the member communicated that is not a convention mailbox. VALID counts as digital domicile;
-- INVALID (bounced, reported by the provider or by INI-PEC) does not, from invalid_since.
CREATE TABLE external_pec (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    order_id        BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    address         VARCHAR(254)  NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    recorded_on     DATE          NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    invalid_since   DATE,
    invalid_reason  VARCHAR(20),
    invalid_note    VARCHAR(500),
    CONSTRAINT uk_external_pec_member UNIQUE (member_id),
    CONSTRAINT fk_external_pec_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_external_pec_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_external_pec_state CHECK (state IN ('VALID', 'INVALID')),
    CONSTRAINT ck_external_pec_reason CHECK (invalid_reason IS NULL OR invalid_reason IN ('BOUNCED', 'REPORTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_external_pec_order_state ON external_pec (order_id, state, member_id);

-- A meeting of the Order's Council to which suspensions are proposed.
CREATE TABLE council_meeting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT        NOT NULL,
    meeting_date  DATE          NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uk_council_meeting UNIQUE (order_id, meeting_date),
    CONSTRAINT fk_council_meeting_order FOREIGN KEY (order_id) REFERENCES medical_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One case per member at a time: reminder sent -> formal notice sent (deadline 30 days) -> deadline passed ->
-- proposed to the Council -> suspended; closed whenever a valid PEC arrives.
CREATE TABLE compliance_case (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    order_id           BIGINT        NOT NULL,
    member_id          BIGINT        NOT NULL,
    step               VARCHAR(30)   NOT NULL,
    step_since         DATE          NOT NULL,
    letter_language    VARCHAR(2)    NOT NULL,
    opened_on          DATE          NOT NULL,
    notice_deadline    DATE,
    council_meeting_id BIGINT,
    closed_on          DATE,
    open_member_id     BIGINT AS (CASE WHEN step = 'CLOSED' THEN NULL ELSE member_id END) PERSISTENT,
    CONSTRAINT uk_compliance_case_open UNIQUE (open_member_id),
    CONSTRAINT fk_compliance_case_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_compliance_case_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_compliance_case_meeting FOREIGN KEY (council_meeting_id) REFERENCES council_meeting (id),
    CONSTRAINT ck_compliance_case_step CHECK (step IN ('REMINDER_SENT', 'NOTICE_SENT', 'DEADLINE_PASSED',
                                                      'PROPOSED_TO_COUNCIL', 'SUSPENDED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_compliance_case_order_step ON compliance_case (order_id, step, notice_deadline);
CREATE INDEX ix_compliance_case_member ON compliance_case (member_id, id);
CREATE INDEX ix_compliance_case_step_deadline ON compliance_case (step, notice_deadline);

-- Every step of every case: when it took effect, who made it, and when it was written. Only ever appended.
CREATE TABLE compliance_case_step (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    order_id      BIGINT        NOT NULL,
    from_step     VARCHAR(30),
    to_step       VARCHAR(30)   NOT NULL,
    effective_on  DATE          NOT NULL,
    at            TIMESTAMP(3)  NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    note          VARCHAR(500),
    CONSTRAINT fk_compliance_case_step_case FOREIGN KEY (case_id) REFERENCES compliance_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_compliance_case_step_case ON compliance_case_step (case_id, at);

-- The Order's compliance figures once a month (the nightly job keeps the current month's row up to date).
CREATE TABLE compliance_snapshot (
    order_id        BIGINT   NOT NULL,
    month           DATE     NOT NULL,
    active_members  INT      NOT NULL,
    with_valid_pec  INT      NOT NULL,
    taken_on        DATE     NOT NULL,
    PRIMARY KEY (order_id, month),
    CONSTRAINT fk_compliance_snapshot_order FOREIGN KEY (order_id) REFERENCES medical_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
