package it.albopec.base.export;

/** The user stopped an export; the file is incomplete and the download is aborted. */
public class ExportCancelledException extends RuntimeException {

    private final long rowsWritten;

    public ExportCancelledException(long rowsWritten) {
        super("export cancelled after " + rowsWritten + " rows");
        this.rowsWritten = rowsWritten;
    }

    public long rowsWritten() {
        return rowsWritten;
    }
}
