package it.albopec.spreadsheet;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** A dry run under way: stores the judged rows with the run, counts them by outcome and reports progress. */
final class PreviewRun {

    private final ImportRuns runs;
    private final long runId;
    private final ImportProgress progress;
    private final Map<ImportRowOutcome, Integer> counts = new EnumMap<>(ImportRowOutcome.class);
    private long expected;

    PreviewRun(ImportRuns runs, long runId, ImportProgress progress) {
        this.runs = runs;
        this.runId = runId;
        this.progress = progress;
    }

    long runId() {
        return runId;
    }

    /**
     * Reads the sheet's rows into the sink, cancellable between rows; the header and mapping are kept with the run and,
     * by header text, remembered for the Order's next import of the kind.
     */
    void read(UploadedWorkbook workbook, String sheet, Map<Integer, ImportField> mapping, Map<ImportField, Integer> byField,
              Importer.RowSink sink, Consumer<Map<String, ImportField>> remember) {
        SheetReader.read(workbook.file(), sheet, new SheetReader.RowHandler() {
            @Override
            public void header(SheetReader.SheetRow header, int estimatedRows) {
                expected = estimatedRows;
                runs.saveLayout(runId, header.cells(), byField);
                var byHeader = new LinkedHashMap<String, ImportField>();
                mapping.forEach((column, field) -> byHeader.put(header.cell(column).strip(), field));
                remember.accept(byHeader);
            }

            @Override
            public boolean row(SheetReader.SheetRow row) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                sink.row(row);
                return true;
            }
        });
        sink.finish();
    }

    /** Stores judged rows and counts them. */
    void store(List<ImportRuns.NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        runs.insertRows(runId, rows);
    }

    /** Keeps the members with a working mailbox the provider's list does not mention. */
    void unknownToProvider(List<String> fiscalCodes) {
        runs.unknownToProvider(runId, fiscalCodes);
    }

    void reportProgress() {
        progress.progress(total(), expected);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(ImportRowOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
