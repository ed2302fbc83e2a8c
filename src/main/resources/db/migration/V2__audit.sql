-- Audit log: who changed what and when, per Order. Entries are only ever inserted.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT        NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    username     VARCHAR(100)  NOT NULL,
    at           TIMESTAMP(3)  NOT NULL,
    reason       VARCHAR(2000),
    CONSTRAINT fk_audit_entry_order FOREIGN KEY (order_id) REFERENCES medical_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_order_at ON audit_entry (order_id, at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (order_id, entity_type, entity_id, at);
CREATE INDEX ix_audit_entry_user ON audit_entry (order_id, username, at);

CREATE TABLE audit_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id   BIGINT        NOT NULL,
    field      VARCHAR(60)   NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    CONSTRAINT fk_audit_change_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_change_entry ON audit_change (entry_id);
