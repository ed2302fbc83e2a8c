package it.albopec.spreadsheet.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import it.albopec.audit.FieldChange;
import it.albopec.spreadsheet.ImportField;
import it.albopec.spreadsheet.ImportKind;
import it.albopec.spreadsheet.ImportProblem;
import it.albopec.spreadsheet.ImportRowDetails;
import it.albopec.spreadsheet.ImportRowOutcome;
import it.albopec.spreadsheet.ImportRunDetails;
import it.albopec.spreadsheet.ImportStatus;
import org.apache.poi.ss.util.CellReference;

/** Every text of the import page, in the user's language: labels, counts, reasons pinned to their cell, differences. */
final class ImportTexts {

    private final Component owner;

    ImportTexts(Component owner) {
        this.owner = owner;
    }

    String get(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    String kind(ImportKind kind) {
        return get("spreadsheet.kind." + kind.name());
    }

    String field(ImportField field) {
        return field == null ? get("spreadsheet.import.ignore") : get("spreadsheet.field." + field.name());
    }

    String outcome(ImportRowOutcome outcome) {
        return outcome == null ? get("spreadsheet.import.filterAll") : get("spreadsheet.outcome." + outcome.name());
    }

    String status(ImportStatus status) {
        return get("spreadsheet.status." + status.name());
    }

    String reading(long done) {
        return get("spreadsheet.import.reading", done);
    }

    String applying(long done, long total) {
        return get("spreadsheet.import.applying", done, total);
    }

    /** The progress text with the time left when it is known. */
    String withTimeLeft(String text, long secondsLeft) {
        return secondsLeft < 0 ? text : text + " — " + get("spreadsheet.import.timeLeft", secondsLeft);
    }

    String summary(ImportRunDetails run) {
        return get("spreadsheet.import.summary", run.total(), run.created(), run.changed(), run.unchanged(), run.invalid());
    }

    String failure(ImportRunDetails run) {
        var f = run.failure();
        String message = get(f.key(), translated(f.args()));
        return f.sheetRow() > 0 ? get("spreadsheet.problem.row", f.sheetRow(), message) : message;
    }

    /** The history's status column: the status and, when it stopped, why. */
    String statusWithFailure(ImportRunDetails run) {
        return status(run.status()) + (run.failure() == null ? "" : ": " + failure(run));
    }

    /** Every reason of an invalid row, or every difference of a changed one. */
    String details(ImportRowDetails row, List<String> headers) {
        if (!row.problems().isEmpty()) {
            return String.join("; ", row.problems().stream().map(p -> withoutFinalStop(problem(p, headers))).toList()) + ".";
        }
        return String.join("; ", row.changes().stream().map(this::change).toList());
    }

    /** A reason, with the cell it points at: "Colonna D (Sesso): …". */
    String problem(ImportProblem problem, List<String> headers) {
        String message = get(problem.key(), translated(problem.args()));
        if (problem.column() < 0) {
            return message;
        }
        String header = problem.column() < headers.size() ? headers.get(problem.column()).strip() : "";
        return get("spreadsheet.problem.cell", CellReference.convertNumToColString(problem.column()), header, message);
    }

    private String change(FieldChange change) {
        // a provider's list changes mailbox fields; a register changes member fields
        String key = change.field().matches("pecAddress|activatedOn|expiresOn|state") ? "spreadsheet.change." : "member.field.";
        return get(key + change.field()) + ": " + (change.oldValue() == null ? "—" : change.oldValue()) + " → "
                + (change.newValue() == null ? "—" : change.newValue());
    }

    /** Arguments naming a field are translated; the others (cell values, codes) are shown as they are. */
    private Object[] translated(List<String> args) {
        return args.stream().map(a -> a.startsWith("spreadsheet.field.") ? get(a) : a).toArray();
    }

    private static String withoutFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
