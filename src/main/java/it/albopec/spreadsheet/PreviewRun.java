package it.albopec.spreadsheet;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import it.albopec.base.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A dry run under way: stores the judged rows with the run, counts them by outcome and reports progress. */
final class PreviewRun {

    private static final Logger log = LoggerFactory.getLogger(PreviewRun.class);

    private final ImportRuns runs;
    private final long runId;
    private final ImportProgress progress;
    private final Map<ImportRowOutcome, Integer> counts = new EnumMap<>(ImportRowOutcome.class);
    private long expected;
    private long sinkNanos;
    private long storeNanos;

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
                long start = System.nanoTime();
                sink.row(row);
                sinkNanos += System.nanoTime() - start;
                return true;
            }
        });
        long start = System.nanoTime();
        sink.finish();
        sinkNanos += System.nanoTime() - start;
    }

    /** The dry run is done: its counts and phases are kept with the run. */
    void previewed(long millis) {
        runs.previewed(runId, total(), count(ImportRowOutcome.NEW), count(ImportRowOutcome.CHANGED), count(ImportRowOutcome.UNCHANGED),
                count(ImportRowOutcome.INVALID), millis);
        runs.previewPhases(runId, Math.max(0, millis - validateMillis() - storeMillis()), validateMillis(), storeMillis());
    }

    /**
     * The dry run stopped: kept in the history as cancelled, refused with the reason, or failed.
     *
     * @return what to tell the caller: the refusal, or a {@link ServiceException} saying the run was cancelled or the file unreadable
     */
    ServiceException failed(RuntimeException e, Instant now, long millis) {
        if (e instanceof CancellationException) {
            runs.finish(runId, ImportStatus.CANCELLED, false, 0, now, millis, null);
            return new ServiceException("spreadsheet.cancelled");
        }
        if (e instanceof ServiceException refusal) {
            runs.finish(runId, ImportStatus.REFUSED, false, 0, now, millis, ImportFailure.of(0, refusal));
            return refusal;
        }
        log.error("Dry run of import {} failed", runId, e);
        runs.finish(runId, ImportStatus.FAILED, false, 0, now, millis, ImportFailure.unexpected(0));
        return new ServiceException("spreadsheet.error.unreadable");
    }

    /** Milliseconds spent judging rows (the register's rules and its answer), storing excluded. */
    long validateMillis() {
        return (sinkNanos - storeNanos) / 1_000_000;
    }

    /** Milliseconds spent storing the judged rows. */
    long storeMillis() {
        return storeNanos / 1_000_000;
    }

    /** Stores judged rows and counts them. */
    void store(List<ImportRuns.NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        long start = System.nanoTime();
        runs.insertRows(runId, rows);
        storeNanos += System.nanoTime() - start;
    }

    /** The first sheet row of each of these codici fiscali among the rows stored so far, by code. */
    Map<String, Integer> firstRows(java.util.Collection<String> fiscalCodes) {
        return runs.firstRows(runId, fiscalCodes);
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
