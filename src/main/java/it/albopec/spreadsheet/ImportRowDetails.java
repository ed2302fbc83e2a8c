package it.albopec.spreadsheet;

import java.util.List;

import it.albopec.audit.FieldChange;

/** One row of the dry run: its sheet row, what it would do, every reason when invalid, every difference when changed. */
public record ImportRowDetails(long id, int sheetRow, ImportRowOutcome outcome, String fiscalCode, String label,
                               List<String> cells, List<ImportProblem> problems, List<FieldChange> changes) {
}
