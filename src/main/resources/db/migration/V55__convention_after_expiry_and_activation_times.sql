-- Issue 11: what happens after expiry and how long activation takes are rules of each convention, in the Order's words.
--   renewal_days_after_expiry: days an expired mailbox can still be renewed; NULL = the provider's general rule (90
--     days, DESIGN.md); 0 = unrecoverable at expiry (Foggia: "non potrà più essere recuperata").
--   expired_viewable_words: how long an unrecoverable mailbox can still be read on request (Foggia: "24/48 ore").
--   after_expiry_words: the Order's own sentence about it, shown on the conventions page.
--   offline_activation_*: activation after a payment the provider must first receive (Bolzano: "di norma 2/3 giorni").
--   documents_activation_*: activation after the signed form and identity document arrive (Foggia: "in genere 2/3 gg
--     lavorativi"); *_working = the days are working days.
ALTER TABLE convention
    ADD COLUMN renewal_days_after_expiry     INT           NULL,
    ADD COLUMN expired_viewable_words        VARCHAR(40)   NULL,
    ADD COLUMN after_expiry_words            VARCHAR(1000) NULL,
    ADD COLUMN offline_activation_days       INT           NULL,
    ADD COLUMN offline_activation_working    BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN offline_activation_words      VARCHAR(100)  NULL,
    ADD COLUMN documents_activation_days     INT           NULL,
    ADD COLUMN documents_activation_working  BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN documents_activation_words    VARCHAR(100)  NULL,
    ADD CONSTRAINT ck_convention_renewal_days CHECK (renewal_days_after_expiry IS NULL OR renewal_days_after_expiry >= 0),
    ADD CONSTRAINT ck_convention_offline_days CHECK (offline_activation_days IS NULL OR offline_activation_days >= 0),
    ADD CONSTRAINT ck_convention_documents_days CHECK (documents_activation_days IS NULL OR documents_activation_days >= 0);

-- The day a mailbox waiting for activation is expected to be active (request + the convention's activation time);
-- past it, the mailbox is overdue and the Order calls the provider.
ALTER TABLE mailbox ADD COLUMN activation_expected_on DATE NULL;
CREATE INDEX ix_mailbox_order_activation ON mailbox (order_id, activation_expected_on, state);

-- Prato: "tutte le caselle Pec in convenzione verranno rinnovate automaticamente". Mailboxes opened from a pre-load list
-- or from the provider's list kept automatic renewal off; every open mailbox of a convention the Order pays renews.
UPDATE mailbox b JOIN convention c ON c.id = b.convention_id
SET b.auto_renewal = TRUE, b.version = b.version + 1
WHERE c.payer = 'ORDER' AND b.auto_renewal = FALSE AND b.state NOT IN ('DELETED', 'DEACTIVATED');
