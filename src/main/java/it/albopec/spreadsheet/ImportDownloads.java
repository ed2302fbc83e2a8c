package it.albopec.spreadsheet;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/** The files a run offers: its invalid rows to fix in Excel, and its whole preview. The caller checked the run is the Order's. */
@Component
class ImportDownloads {

    private final ImportRuns runs;

    ImportDownloads(ImportRuns runs) {
        this.runs = runs;
    }

    /** The original columns plus one with every reason, so the user fixes them in Excel and imports that file again. */
    void writeFailedRows(long runId, OutputStream out, Function<ImportProblem, String> translate, String errorHeader) {
        var headers = new ArrayList<>(runs.headers(runId));
        int errorColumn = headers.size();
        headers.add(errorHeader);
        XlsxWriter.write(out, "Righe", headers, sheet -> runs.forEachRow(runId, List.of(ImportRowOutcome.INVALID), row -> {
            Object[] values = new Object[errorColumn + 1];
            for (int i = 0; i < Math.min(errorColumn, row.cells().size()); i++) {
                values[i] = row.cells().get(i).isEmpty() ? null : row.cells().get(i);
            }
            values[errorColumn] = String.join("\n", row.problems().stream().map(translate).toList());
            sheet.row(values);
        }));
    }

    /** Every row of the dry run. */
    void writePreview(long runId, OutputStream out, List<String> headers, Function<ImportRowDetails, Object[]> toValues) {
        XlsxWriter.write(out, "Anteprima", headers, sheet -> runs.forEachRow(runId, List.of(ImportRowOutcome.values()),
                row -> sheet.row(toValues.apply(row))));
    }
}
