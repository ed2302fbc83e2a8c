-- Convention mailboxes, their dated history, and the pre-load lists sent to the provider.

CREATE TABLE mailbox (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT       NOT NULL DEFAULT 0,
    order_id                  BIGINT       NOT NULL,
    member_id                 BIGINT       NOT NULL,
    convention_id             BIGINT       NOT NULL,
    pec_address               VARCHAR(254),
    provider_login            VARCHAR(100),
    payment_method            VARCHAR(20),
    auto_renewal              BOOLEAN      NOT NULL DEFAULT FALSE,
    -- last day of the month printed on the payment card (a card that expires inside the term breaks renewal)
    card_valid_until          DATE,
    -- the convention's terms when the mailbox was opened, so that the daily job needs no other table
    term_months               INT          NOT NULL,
    test_message_required     BOOLEAN      NOT NULL DEFAULT FALSE,
    documents_required        BOOLEAN      NOT NULL DEFAULT FALSE,
    deactivate_on_leaving     BOOLEAN      NOT NULL DEFAULT FALSE,
    eligible_on               DATE,
    requested_on              DATE,
    payment_received_on       DATE,
    documents_received_on     DATE,
    activated_on              DATE,
    expires_on                DATE,
    test_message_received_on  DATE,
    state                     VARCHAR(20)  NOT NULL,
    state_since               DATE         NOT NULL,
    -- one open mailbox per member and convention; deleted and deactivated ones stay as history
    open_member_id            BIGINT AS (CASE WHEN state IN ('DELETED', 'DEACTIVATED') THEN NULL ELSE member_id END) PERSISTENT,
    CONSTRAINT uk_mailbox_open UNIQUE (convention_id, open_member_id),
    CONSTRAINT fk_mailbox_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_mailbox_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_mailbox_convention FOREIGN KEY (convention_id) REFERENCES convention (id),
    CONSTRAINT ck_mailbox_state CHECK (state IN ('ELIGIBLE', 'REQUESTED', 'AWAITING_PAYMENT', 'AWAITING_DOCUMENTS', 'ACTIVE',
                                                  'EXPIRING', 'EXPIRED', 'DELETED', 'DEACTIVATED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the daily job and the grid's filters: by state and expiry within one Order, and across Orders for the job
CREATE INDEX ix_mailbox_order_state_expiry ON mailbox (order_id, state, expires_on);
CREATE INDEX ix_mailbox_state_expiry ON mailbox (state, expires_on);
CREATE INDEX ix_mailbox_member ON mailbox (member_id, state);

CREATE TABLE mailbox_transition (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    mailbox_id   BIGINT       NOT NULL,
    order_id     BIGINT       NOT NULL,
    from_state   VARCHAR(20),
    to_state     VARCHAR(20)  NOT NULL,
    action       VARCHAR(30)  NOT NULL,
    effective_on DATE         NOT NULL,
    at           TIMESTAMP(3) NOT NULL,
    username     VARCHAR(100) NOT NULL,
    reason       VARCHAR(500),
    CONSTRAINT fk_mailbox_transition_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mailbox_transition_mailbox ON mailbox_transition (mailbox_id, at);
CREATE INDEX ix_mailbox_transition_order ON mailbox_transition (order_id, at);

-- A list of members (codice fiscale, surname, given name) the Order sent to the provider, whose portal lets
-- only listed people register (Prato, Foggia, Bolzano: "il sistema verificherà che i dati inseriti
-- corrispondano realmente a un iscritto").
CREATE TABLE preload_list (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT       NOT NULL,
    convention_id  BIGINT       NOT NULL,
    sent_on        DATE         NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    username       VARCHAR(100) NOT NULL,
    member_count   INT          NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_preload_list_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_preload_list_convention FOREIGN KEY (convention_id) REFERENCES convention (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_preload_list_order ON preload_list (order_id, sent_on);

CREATE TABLE preload_list_member (
    list_id      BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    fiscal_code  VARCHAR(16)  NOT NULL,
    surname      VARCHAR(100) NOT NULL,
    given_name   VARCHAR(100) NOT NULL,
    PRIMARY KEY (list_id, member_id),
    CONSTRAINT fk_preload_list_member_list FOREIGN KEY (list_id) REFERENCES preload_list (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_preload_list_member_fiscal ON preload_list_member (list_id, fiscal_code);
CREATE INDEX ix_preload_list_member_member ON preload_list_member (member_id, list_id);
