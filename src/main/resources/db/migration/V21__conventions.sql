-- Conventions of the Orders with a PEC provider and the instructions their members read.
CREATE TABLE convention (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                       BIGINT        NOT NULL DEFAULT 0,
    order_id                      BIGINT        NOT NULL,
    code                          CHAR(13)      NOT NULL,
    provider_id                   BIGINT        NOT NULL,
    fee                           DECIMAL(10,2) NULL,
    currency                      CHAR(3)       NOT NULL DEFAULT 'EUR',
    term_months                   INT           NOT NULL,
    payer                         VARCHAR(10)   NOT NULL,
    signed_form_and_id_required   BOOLEAN       NOT NULL DEFAULT FALSE,
    test_message_required         BOOLEAN       NOT NULL DEFAULT FALSE,
    test_message_address          VARCHAR(254),
    lead_time_days                INT           NULL,
    password_min_length           INT           NULL,
    password_max_length           INT           NULL,
    password_alphanumeric         BOOLEAN       NOT NULL DEFAULT FALSE,
    password_example              VARCHAR(40),
    one_mailbox_per_member        BOOLEAN       NOT NULL DEFAULT TRUE,
    mailbox_deactivated_on_leaving BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_from                    DATE          NULL,
    valid_until                   DATE          NULL,
    status                        VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    disabled_on                   DATE          NULL,
    disabled_by                   VARCHAR(100),
    disabled_reason               VARCHAR(2000),
    CONSTRAINT uk_convention_code UNIQUE (code),
    CONSTRAINT fk_convention_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_convention_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_convention_payer CHECK (payer IN ('ORDER', 'MEMBER')),
    CONSTRAINT ck_convention_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_convention_term CHECK (term_months > 0),
    CONSTRAINT ck_convention_fee CHECK (fee IS NULL OR fee >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_convention_order_status ON convention (order_id, status, valid_from);

CREATE TABLE convention_payment_method (
    convention_id  BIGINT      NOT NULL,
    method         VARCHAR(20) NOT NULL,
    PRIMARY KEY (convention_id, method),
    CONSTRAINT fk_convention_payment_method_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT ck_convention_payment_method CHECK (method IN ('CARD', 'PAYPAL', 'BOLLETTINO', 'BANK_TRANSFER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE convention_consent (
    convention_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,
    text           VARCHAR(500)  NOT NULL,
    PRIMARY KEY (convention_id, position),
    CONSTRAINT fk_convention_consent_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One text per convention and language; steps and warnings are paragraphs separated by an empty line.
CREATE TABLE convention_instructions (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    convention_id  BIGINT      NOT NULL,
    language       CHAR(2)     NOT NULL,
    steps          MEDIUMTEXT  NOT NULL,
    warnings       MEDIUMTEXT  NOT NULL,
    CONSTRAINT uk_convention_instructions_language UNIQUE (convention_id, language),
    CONSTRAINT fk_convention_instructions_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT ck_convention_instructions_language CHECK (language IN ('it', 'de', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
