-- Changes to platform data that belongs to no Order (the providers) are audited too: such entries have no Order,
-- and every Order's ADMIN reads them (issue 11, point 8).
ALTER TABLE audit_entry MODIFY order_id BIGINT NULL;
