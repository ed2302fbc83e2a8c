-- The transactional outbox (issue 13): a message is written in the same transaction as what caused it and sent
-- later by the dispatcher. dedup_key is unique, so the same reminder for the same event is stored once, whichever
-- node or run tries; a message is claimed by one node with a conditional UPDATE before it is sent.
CREATE TABLE outbox_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NULL,
    recipient        VARCHAR(254)  NOT NULL,
    language         VARCHAR(5)    NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    confidential     BOOLEAN       NOT NULL DEFAULT FALSE,
    kind             VARCHAR(40)   NOT NULL,
    dedup_key        VARCHAR(200)  NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(3)  NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    TIMESTAMP(3)  NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    sent_at          TIMESTAMP(3)  NULL,
    CONSTRAINT uk_outbox_message_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_outbox_message_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT ck_outbox_message_state CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX ix_outbox_message_order ON outbox_message (order_id, created_at);
