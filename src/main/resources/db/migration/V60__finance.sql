-- Renewal costs (issue 12). One charge per term of each mailbox, derived from the mailbox's dates by
-- ChargeLedger (idempotent: unique per mailbox and period start). Every query is scoped by order_id.

-- A fee that applies from a date (Prato's and Foggia's fees are not in their instructions: the Order sets them).
-- The fee in force on a day is the latest row from on or before that day, else the convention's own fee.
CREATE TABLE finance_fee (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT         NOT NULL,
    convention_id  BIGINT         NOT NULL,
    valid_from     DATE           NOT NULL,
    fee            DECIMAL(10,2)  NOT NULL,
    set_by         VARCHAR(100)   NOT NULL,
    set_at         TIMESTAMP(3)   NOT NULL,
    CONSTRAINT uk_finance_fee UNIQUE (convention_id, valid_from),
    CONSTRAINT fk_finance_fee_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_finance_fee_convention FOREIGN KEY (convention_id) REFERENCES convention (id),
    CONSTRAINT ck_finance_fee CHECK (fee >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE finance_charge (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    order_id           BIGINT         NOT NULL,
    mailbox_id         BIGINT         NOT NULL,
    member_id          BIGINT         NOT NULL,
    convention_id      BIGINT         NOT NULL,
    period_start       DATE           NOT NULL,
    -- first day after the term (the mailbox's expiry date of that term)
    period_end         DATE           NOT NULL,
    -- null while no fee is set for the convention (Prato's instructions give none)
    amount             DECIMAL(10,2)  NULL,
    currency           CHAR(3)        NOT NULL DEFAULT 'EUR',
    payer              VARCHAR(10)    NOT NULL,
    state              VARCHAR(10)    NOT NULL,
    due_on             DATE           NOT NULL,
    paid_on            DATE           NULL,
    payment_reference  VARCHAR(100)   NULL,
    settled_by         VARCHAR(100)   NULL,
    note               VARCHAR(500)   NULL,
    created_at         TIMESTAMP(3)   NOT NULL,
    CONSTRAINT uk_finance_charge_term UNIQUE (mailbox_id, period_start),
    CONSTRAINT fk_finance_charge_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT fk_finance_charge_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id),
    CONSTRAINT ck_finance_charge_state CHECK (state IN ('FORECAST', 'DUE', 'PAID', 'WAIVED', 'CANCELLED')),
    CONSTRAINT ck_finance_charge_payer CHECK (payer IN ('ORDER', 'MEMBER')),
    CONSTRAINT ck_finance_charge_amount CHECK (amount IS NULL OR amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the grid's pages in due-date order (InnoDB appends the id: ORDER BY due_on, id reads the index in order and stops)
CREATE INDEX ix_finance_charge_order_page ON finance_charge (order_id, due_on);
-- counts and totals per year, and the budget per year and payer (covering: no row read)
CREATE INDEX ix_finance_charge_order_due ON finance_charge (order_id, due_on, state, payer, amount);
-- overdue and state filters, and the budget's forecasts repeated every term (covering)
CREATE INDEX ix_finance_charge_order_state_due ON finance_charge (order_id, state, due_on, payer, amount, period_start, period_end);
CREATE INDEX ix_finance_charge_member ON finance_charge (member_id);

-- The provider's invoice as uploaded, and its check line by line.
CREATE TABLE finance_invoice (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT         NOT NULL,
    file_name      VARCHAR(255)   NOT NULL,
    file_size      BIGINT         NOT NULL,
    content        MEDIUMBLOB     NOT NULL,
    uploaded_by    VARCHAR(100)   NOT NULL,
    uploaded_at    TIMESTAMP(3)   NOT NULL,
    period_from    DATE           NULL,
    period_to      DATE           NULL,
    lines_total    INT            NOT NULL DEFAULT 0,
    matched        INT            NOT NULL DEFAULT 0,
    not_expected   INT            NOT NULL DEFAULT 0,
    not_billed     INT            NOT NULL DEFAULT 0,
    amount_differs INT            NOT NULL DEFAULT 0,
    invalid        INT            NOT NULL DEFAULT 0,
    billed_total   DECIMAL(14,2)  NOT NULL DEFAULT 0,
    CONSTRAINT fk_finance_invoice_order FOREIGN KEY (order_id) REFERENCES medical_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_finance_invoice_order ON finance_invoice (order_id, uploaded_at);

CREATE TABLE finance_invoice_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id       BIGINT         NOT NULL,
    -- the row of the file, or null for an expected charge the invoice does not bill
    line_number      INT            NULL,
    billed_key       VARCHAR(254)   NULL,
    period_start     DATE           NULL,
    billed_amount    DECIMAL(10,2)  NULL,
    outcome          VARCHAR(20)    NOT NULL,
    charge_id        BIGINT         NULL,
    expected_amount  DECIMAL(10,2)  NULL,
    detail           VARCHAR(300)   NULL,
    CONSTRAINT fk_finance_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES finance_invoice (id),
    CONSTRAINT ck_finance_invoice_line_outcome CHECK (outcome IN ('MATCHED', 'NOT_EXPECTED', 'NOT_BILLED', 'AMOUNT_DIFFERS', 'INVALID'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_finance_invoice_line ON finance_invoice_line (invoice_id, outcome, id);
