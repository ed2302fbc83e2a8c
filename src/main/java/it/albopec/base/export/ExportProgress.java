package it.albopec.base.export;

/** Told how far an export is; may stop it. */
public interface ExportProgress {

    ExportProgress NONE = rows -> {};

    /** Called after each page with the number of rows written so far. */
    void written(long rows);

    /** Checked before each page: true stops the export ({@link ExportCancelledException}). */
    default boolean cancelled() {
        return false;
    }
}
