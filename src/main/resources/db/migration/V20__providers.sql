-- PEC providers (Aruba in the three seeds): platform data edited by the operator.
CREATE TABLE provider (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    name               VARCHAR(100) NOT NULL,
    portal_url         VARCHAR(300) NOT NULL,
    customer_area_url  VARCHAR(300),
    login_pattern      VARCHAR(100),
    signed_form_fax    VARCHAR(40),
    helpdesk_free      BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_provider_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_helpdesk_phone (
    provider_id  BIGINT      NOT NULL,
    position     INT         NOT NULL,
    phone        VARCHAR(40) NOT NULL,
    PRIMARY KEY (provider_id, position),
    CONSTRAINT fk_provider_helpdesk_phone_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
