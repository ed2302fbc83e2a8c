package it.albopec.spreadsheet;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import it.albopec.base.export.ExportColumn;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.export.TableExport;
import it.albopec.base.export.TableExports;
import org.springframework.stereotype.Component;

/**
 * The files a run offers: its invalid rows to fix in Excel, and its whole preview — streamed page by page through the
 * one export writer (typed cells, formula-like text neutralised) and audited like every export. The caller checked the
 * run is the Order's.
 */
@Component
class ImportDownloads {

    private final ImportRuns runs;
    private final TableExports exports;

    ImportDownloads(ImportRuns runs, TableExports exports) {
        this.runs = runs;
        this.exports = exports;
    }

    /** The original columns plus one with every reason, so the user fixes them in Excel and imports that file again. */
    void writeFailedRows(long runId, OutputStream out, Function<ImportProblem, String> translate, String errorHeader) {
        List<String> headers = runs.headers(runId);
        var columns = new ArrayList<ExportColumn<ImportRowDetails>>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            columns.add(ExportColumn.text("c" + i, headers.get(i), row -> index < row.cells().size() && !row.cells().get(index).isEmpty()
                    ? row.cells().get(index) : null));
        }
        columns.add(ExportColumn.<ImportRowDetails>text("error", errorHeader,
                row -> String.join("\n", row.problems().stream().map(translate).toList())).width(60));
        exports.write(new TableExport<>("spreadsheet.import-failed-rows", "Righe", "run=" + runId, columns,
                (last, size) -> runs.rowsAfter(runId, List.of(ImportRowOutcome.INVALID), last, size)), ExportFormat.XLSX, out, ExportProgress.NONE);
    }

    /** Every row of the dry run. */
    void writePreview(long runId, OutputStream out, List<String> headers, Function<ImportRowDetails, Object[]> toValues) {
        // the values of the row being written, computed once for all its columns
        var current = new Object() {
            ImportRowDetails row;
            Object[] values;

            Object value(ImportRowDetails of, int index) {
                if (of != row) {
                    row = of;
                    values = toValues.apply(of);
                }
                return index < values.length ? values[index] : null;
            }
        };
        var columns = new ArrayList<ExportColumn<ImportRowDetails>>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            columns.add(ExportColumn.text("c" + i, headers.get(i), row -> current.value(row, index)));
        }
        exports.write(new TableExport<>("spreadsheet.import-preview", "Anteprima", "run=" + runId, columns,
                (last, size) -> runs.rowsAfter(runId, List.of(ImportRowOutcome.values()), last, size)), ExportFormat.XLSX, out, ExportProgress.NONE);
    }
}
