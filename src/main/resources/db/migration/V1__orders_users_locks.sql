-- Foundation: the Orders (tenants), their users, login throttling and the lock that keeps scheduled
-- jobs single across app nodes. MariaDB only (one engine everywhere).

CREATE TABLE medical_order (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    province_code  CHAR(2)      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    name_de        VARCHAR(200),
    address        VARCHAR(200),
    phone          VARCHAR(40),
    fax            VARCHAR(40),
    tax_code       VARCHAR(16),
    website        VARCHAR(200),
    general_email  VARCHAR(254),
    languages      VARCHAR(20)  NOT NULL DEFAULT 'it',
    CONSTRAINT uk_medical_order_province UNIQUE (province_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE medical_order_pec (
    order_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    address   VARCHAR(254) NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_medical_order_pec_order FOREIGN KEY (order_id) REFERENCES medical_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    username       VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(254),
    role           VARCHAR(20)  NOT NULL,
    order_id       BIGINT,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('OPERATOR', 'ADMIN', 'FINANCE', 'MEMBER')),
    -- staff and members belong to exactly one Order; the operator to none
    CONSTRAINT ck_app_user_tenant CHECK ((role = 'OPERATOR') = (order_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_order_role ON app_user (order_id, role);

CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_until  TIMESTAMP(3) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by   VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
