package it.albopec.spreadsheet;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** An apply under way: which rows to write, how many are written, the sheet row a failure belongs to, progress. */
final class ApplyRun {

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

    /** Every row the dry run accepted, in sheet order. */
    void forEachAccepted(Consumer<ImportRowDetails> action) {
        runs.forEachRow(runId, List.of(ImportRowOutcome.NEW, ImportRowOutcome.CHANGED), action);
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
