package it.albopec.spreadsheet;

/** Told how far a dry run or an apply has come; asked whether the user cancelled. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progress(long done, long total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param total the rows expected, or 0 when not known yet */
    void progress(long done, long total);

    boolean isCancelled();
}
