package it.albopec.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.albopec.base.FiscalCode;

/** One row of the provider's list of mailboxes: codice fiscale, PEC address, activation and expiry dates, state. */
final class ProviderRow {

    /** What providers write for a mailbox they closed (Italian, English, German). */
    private static final Set<String> CLOSED = Set.of("cessata", "cancellata", "chiusa", "disattivata", "eliminata", "revocata", "closed",
            "deleted", "deactivated", "cancelled", "canceled", "geloescht", "geschlossen", "deaktiviert");

    record Parsed(ProviderListReconciler.Row mailbox, List<ImportProblem> problems) {}

    private ProviderRow() {}

    static Parsed parse(SheetReader.SheetRow row, Map<ImportField, Integer> mapping) {
        var problems = new ArrayList<ImportProblem>();
        for (int column : row.brokenFormulas()) {
            problems.add(ImportProblem.of(column, "spreadsheet.error.formula"));
        }
        int codeColumn = mapping.get(ImportField.FISCAL_CODE);
        String code = FiscalCode.normalize(RegisterRow.text(row, mapping, ImportField.FISCAL_CODE));
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(codeColumn, "spreadsheet.error.required", "spreadsheet.field.FISCAL_CODE"));
        } else {
            FiscalCode.problem(code).ifPresent(p -> problems.add(ImportProblem.of(codeColumn, p, code)));
        }
        String pec = RegisterRow.text(row, mapping, ImportField.PEC);
        if (pec == null) {
            problems.add(ImportProblem.of(mapping.get(ImportField.PEC), "spreadsheet.error.required", "spreadsheet.field.PEC"));
        } else if (!pec.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(ImportProblem.of(mapping.get(ImportField.PEC), "spreadsheet.error.email", pec));
        }
        LocalDate activated = date(row, mapping, ImportField.ACTIVATED_ON, problems);
        LocalDate expires = date(row, mapping, ImportField.EXPIRES_ON, problems);
        if (activated != null && expires != null && !expires.isAfter(activated)) {
            problems.add(ImportProblem.of(mapping.get(ImportField.EXPIRES_ON), "spreadsheet.error.expiryBeforeActivation"));
        }
        String state = RegisterRow.text(row, mapping, ImportField.PROVIDER_STATE);
        boolean closed = state != null && CLOSED.contains(ImportField.normalize(state));
        return new Parsed(problems.isEmpty() ? new ProviderListReconciler.Row(code, pec, activated, expires, closed) : null, problems);
    }

    private static LocalDate date(SheetReader.SheetRow row, Map<ImportField, Integer> mapping, ImportField field, List<ImportProblem> problems) {
        String text = RegisterRow.text(row, mapping, field);
        if (text == null) {
            return null;
        }
        LocalDate date = RegisterRow.parseDate(text);
        if (date == null) {
            problems.add(ImportProblem.of(mapping.get(field), "spreadsheet.error.date", text));
        }
        return date;
    }
}
