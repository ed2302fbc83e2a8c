-- Issue 17: the time of each phase of an import (the benchmark prints them beside LOAD DATA), and the member's
-- history finds the applied imports that created or changed the member by codice fiscale.
ALTER TABLE import_run
    ADD COLUMN read_ms     BIGINT NULL,
    ADD COLUMN validate_ms BIGINT NULL,
    ADD COLUMN store_ms    BIGINT NULL,
    ADD COLUMN apply_ms    BIGINT NULL;

CREATE INDEX ix_import_row_fiscal_code ON import_row (fiscal_code);
