-- Excel imports (issue 7). A run is one uploaded file: its dry run is stored row by row in import_row, so the
-- preview grid is lazy and the preview and the failed rows can be downloaded later. Every query is scoped by
-- order_id; another Order's run is "not found".
CREATE TABLE import_run (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    username       VARCHAR(100)  NOT NULL,
    started_at     TIMESTAMP(3)  NOT NULL,
    finished_at    TIMESTAMP(3),
    file_name      VARCHAR(255)  NOT NULL,
    file_size      BIGINT        NOT NULL,
    sheet_name     VARCHAR(100),
    -- the header row of the sheet as read, cells separated by U+001F
    headers        TEXT,
    -- the column index of each field, "FIELD=3;FIELD=5"
    mapping        TEXT,
    status         VARCHAR(20)   NOT NULL,
    skip_invalid   BOOLEAN       NOT NULL DEFAULT FALSE,
    rows_total     INT           NOT NULL DEFAULT 0,
    rows_new       INT           NOT NULL DEFAULT 0,
    rows_changed   INT           NOT NULL DEFAULT 0,
    rows_unchanged INT           NOT NULL DEFAULT 0,
    rows_invalid   INT           NOT NULL DEFAULT 0,
    rows_applied   INT           NOT NULL DEFAULT 0,
    duration_ms    BIGINT,
    failure        VARCHAR(1000),
    -- provider lists: codici fiscali of members with a working mailbox the provider does not list, separated by U+001F
    unknown_to_provider MEDIUMTEXT,
    CONSTRAINT fk_import_run_order FOREIGN KEY (order_id) REFERENCES medical_order (id),
    CONSTRAINT ck_import_run_status CHECK (status IN ('PREVIEWING', 'PREVIEWED', 'APPLYING', 'APPLIED', 'FAILED', 'CANCELLED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_run_order ON import_run (order_id, started_at);

CREATE TABLE import_row (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id       BIGINT        NOT NULL,
    sheet_row    INT           NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    fiscal_code  VARCHAR(40),
    label        VARCHAR(210),
    -- the row's cells as read (text), separated by U+001F: the failed-rows file gives them back
    cells        TEXT          NOT NULL,
    -- the reasons of an invalid row and the differences of a changed one, encoded by ImportRowCodec
    problems     TEXT,
    changes      TEXT,
    CONSTRAINT fk_import_row_run FOREIGN KEY (run_id) REFERENCES import_run (id) ON DELETE CASCADE,
    CONSTRAINT ck_import_row_outcome CHECK (outcome IN ('NEW', 'CHANGED', 'UNCHANGED', 'INVALID'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_row_run ON import_row (run_id, outcome, sheet_row);

-- The column mapping the user confirmed, per Order and kind of import: header as read → field.
CREATE TABLE import_mapping (
    order_id     BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    header       VARCHAR(200)  NOT NULL,
    field        VARCHAR(40)   NOT NULL,
    PRIMARY KEY (order_id, kind, header),
    CONSTRAINT fk_import_mapping_order FOREIGN KEY (order_id) REFERENCES medical_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
