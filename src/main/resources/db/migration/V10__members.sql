-- The register (albo) of each Order. Every query is scoped by order_id, so every index starts with it:
-- one Order's rows are a contiguous range even with 500k members of ~106 Orders in one table.
CREATE TABLE member (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    order_id            BIGINT        NOT NULL,
    fiscal_code         VARCHAR(16)   NOT NULL,
    surname             VARCHAR(100)  NOT NULL,
    given_name          VARCHAR(100)  NOT NULL,
    sex                 CHAR(1)       NOT NULL,
    birth_date          DATE          NOT NULL,
    birthplace_code     CHAR(4)       NOT NULL,
    birthplace_name     VARCHAR(100),
    email               VARCHAR(254),
    phone               VARCHAR(40),
    medici_number       VARCHAR(20),
    medici_date         DATE,
    odontoiatri_number  VARCHAR(20),
    odontoiatri_date    DATE,
    registration_date   DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    status_date         DATE          NOT NULL,
    status_reason       VARCHAR(500),
    destination_order   VARCHAR(200),
    CONSTRAINT uk_member_order_fiscal_code UNIQUE (order_id, fiscal_code),
    CONSTRAINT fk_member_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT ck_member_sex CHECK (sex IN ('M', 'F')),
    CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TRANSFERRED', 'STRUCK_OFF', 'DECEASED')),
    CONSTRAINT ck_member_section CHECK (medici_number IS NOT NULL OR odontoiatri_number IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- surname prefix search and the default order of the grid (surname, given name)
CREATE INDEX ix_member_order_surname ON member (order_id, surname, given_name);
CREATE INDEX ix_member_order_given_name ON member (order_id, given_name);
CREATE INDEX ix_member_order_status ON member (order_id, status, surname);
CREATE INDEX ix_member_order_medici_number ON member (order_id, medici_number);
CREATE INDEX ix_member_order_odontoiatri_number ON member (order_id, odontoiatri_number);
CREATE INDEX ix_member_order_registration ON member (order_id, registration_date);

-- The history of status changes (suspension, transfer, strike-off, reinstatement, death), oldest first.
CREATE TABLE member_status_change (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id           BIGINT        NOT NULL,
    member_id          BIGINT        NOT NULL,
    from_status        VARCHAR(20)   NOT NULL,
    to_status          VARCHAR(20)   NOT NULL,
    effective_date     DATE          NOT NULL,
    reason             VARCHAR(500),
    destination_order  VARCHAR(200),
    username           VARCHAR(100)  NOT NULL,
    at                 TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_member_status_change_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_member_status_change_member ON member_status_change (order_id, member_id, at);
