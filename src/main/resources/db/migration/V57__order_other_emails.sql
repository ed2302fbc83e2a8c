-- Issue 11: Prato's letterhead complete. Its heading gives six addresses: three e-mails (presidenza@, segreteria@,
-- odontoiatri@omceopo.org) and three PEC; the Order had room for one e-mail only. The others are kept here, in order.
CREATE TABLE medical_order_email (
    order_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    address   VARCHAR(254) NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_medical_order_email_order FOREIGN KEY (order_id) REFERENCES medical_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
