package it.albopec.spreadsheet;

import java.util.Map;
import java.util.Set;

/**
 * What differs between kinds of import: the columns they need, how a dry run judges the rows and how the accepted rows
 * are written. {@link ImportService} does the rest (file, layout, run, history) the same way for every kind.
 */
interface Importer {

    ImportKind kind();

    /** The columns without which a sheet of this kind cannot be imported. */
    Set<ImportField> required();

    /** @throws it.albopec.base.ServiceException naming the required columns the mapping lacks */
    default void checkColumns(Map<ImportField, Integer> byField) {
        var missing = required().stream().filter(f -> !byField.containsKey(f)).map(Enum::name).sorted().toList();
        if (!missing.isEmpty()) {
            throw new it.albopec.base.ServiceException("spreadsheet.error.missingColumns", String.join(", ", missing));
        }
    }

    /** Starts judging the rows of a dry run; what it finds goes to the run. */
    RowSink preview(PreviewRun run, Map<ImportField, Integer> byField);

    /**
     * Writes the rows the dry run accepted (NEW and CHANGED), inside the caller's transaction.
     *
     * @throws it.albopec.base.ServiceException when the register refuses a row now; the run tells which
     */
    void apply(ApplyRun run, Map<ImportField, Integer> byField);

    /** Receives the rows of the sheet one by one, then the end of the sheet. */
    interface RowSink {
        void row(SheetReader.SheetRow row);

        void finish();
    }
}
