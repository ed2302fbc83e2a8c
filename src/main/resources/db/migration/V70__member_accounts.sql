-- Member accounts (issue 13): a member signs in with their codice fiscale as user name. The account points at the
-- member's entry in the register of the Order that issued it; its password is set through a one-time link or a
-- letter code (account_token), never chosen by staff.
ALTER TABLE app_user
    ADD COLUMN member_id BIGINT NULL,
    ADD COLUMN language VARCHAR(5) NULL,
    ADD COLUMN activated_at TIMESTAMP(3) NULL;
ALTER TABLE app_user ADD CONSTRAINT uk_app_user_member UNIQUE (member_id);
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_member FOREIGN KEY (member_id) REFERENCES member (id);
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_member CHECK ((role = 'MEMBER') = (member_id IS NOT NULL));

-- One-time activation and password-reset codes. Only a SHA-256 of the code is kept: the code itself exists in
-- the e-mail or the printed letter alone. A code is used by one UPDATE ... WHERE used_at IS NULL AND expires_at > now,
-- so two requests with the same code cannot both succeed.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    order_id    BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('ACTIVATION', 'RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_token_user ON account_token (user_id, purpose, created_at);

-- Prato: the member says on their page that they sent the test message to the Order's PEC; staff see it.
CREATE TABLE test_message_declaration (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    mailbox_id   BIGINT       NOT NULL,
    declared_on  DATE         NOT NULL,
    at           TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_test_message_declaration UNIQUE (mailbox_id),
    CONSTRAINT fk_test_message_declaration_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_test_message_declaration_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_test_message_declaration_member ON test_message_declaration (order_id, member_id);
