package it.albopec.spreadsheet;

import java.time.Instant;
import java.util.List;

import it.albopec.base.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** An apply under way: which rows to write, how many are written, the sheet row a failure belongs to, progress. */
final class ApplyRun {

    private static final Logger log = LoggerFactory.getLogger(ApplyRun.class);

    private final ImportRuns runs;
    private final long runId;
    private final long total;
    private final ImportProgress progress;
    private int applied;
    private int currentRow;

    ApplyRun(ImportRuns runs, long runId, long total, ImportProgress progress) {
        this.runs = runs;
        this.runId = runId;
        this.total = total;
        this.progress = progress;
    }

    /**
     * Starts applying a previewed run: PREVIEWED → APPLYING, atomically.
     *
     * @throws ServiceException when the run is not waiting (not previewed, or someone else is applying it right now),
     *                          or has invalid rows the user did not choose to skip
     */
    static ApplyRun start(ImportRuns runs, ImportRunDetails run, boolean skipInvalid, ImportProgress progress) {
        if (run.status() != ImportStatus.PREVIEWED) {
            throw new ServiceException("spreadsheet.error.notPreviewed");
        }
        if (run.invalid() > 0 && !skipInvalid) {
            throw new ServiceException("spreadsheet.error.invalidRowsBlock", run.invalid());
        }
        if (!runs.startApplying(run.id())) {
            throw new ServiceException("spreadsheet.error.notPreviewed");
        }
        return new ApplyRun(runs, run.id(), (long) run.created() + run.changed(), progress);
    }

    /** Every row the dry run accepted, in sheet order. */
    void forEachAccepted(Consumer<ImportRowDetails> action) {
        runs.forEachRow(runId, List.of(ImportRowOutcome.NEW, ImportRowOutcome.CHANGED), action);
    }

    /** Every row the dry run accepted (NEW and CHANGED) with its register-checked values, in sheet order. */
    void forEachToWrite(Consumer<ImportRuns.RowToWrite> action) {
        runs.forEachToWrite(runId, action);
    }

    /** Rows left unwritten because their member was created or changed since the dry run: each says so. */
    void changedMeanwhile(List<Long> rowIds) {
        runs.changedMeanwhile(rowIds);
    }

    /** The sheet row being written: a failure from here on is reported at it. */
    void at(int sheetRow) {
        this.currentRow = sheetRow;
    }

    /** Rows written: counted, reported; a cancel is honoured here. */
    void written(int rows) {
        applied += rows;
        progress.progress(applied, total);
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
    }

    /** The apply stopped and the register is as it was: kept in the history as cancelled, or failed with the reason. */
    void failed(RuntimeException e, boolean skipInvalid, Instant now, long millis) {
        if (e instanceof CancellationException) {
            runs.finish(runId, ImportStatus.CANCELLED, skipInvalid, 0, now, millis, null);
            return;
        }
        if (!ImportFailure.expected(e)) {
            log.error("Import {} failed at sheet row {}", runId, currentRow, e);
        }
        runs.finish(runId, ImportStatus.FAILED, skipInvalid, 0, now, millis, ImportFailure.of(currentRow, e));
    }

    int applied() {
        return applied;
    }

    int currentRow() {
        return currentRow;
    }

    long total() {
        return total;
    }

    boolean isCancelled() {
        return progress.isCancelled();
    }
}
