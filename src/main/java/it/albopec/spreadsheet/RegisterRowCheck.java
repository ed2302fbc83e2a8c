package it.albopec.spreadsheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import it.albopec.member.CheckedMember;
import it.albopec.member.MemberCheck;
import it.albopec.member.MemberForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * The ONE check of a register row: its cells read ({@link RegisterRow}: dates, sex, section), then the register's own
 * rules ({@link MemberCheck}: the form's constraints, the codice fiscale and its agreement with the person's data, the
 * birthplace as written, the sections), each problem put in the column of its property, and duplicates earlier in the
 * same file ({@link #withDuplicates}, per chunk). A valid row comes out with its {@link CheckedMember}, which the register
 * compares with its members and the apply writes without checking it again.
 */
final class RegisterRowCheck {

    /**
     * A register row checked, waiting for the register's comparison.
     *
     * @param member the checked values when the row has no problem; null otherwise
     */
    record Checked(SheetReader.SheetRow row, MemberForm form, @Nullable CheckedMember member, String code, @Nullable String label,
                   List<ImportProblem> problems, int duplicateAt) {

        boolean valid() {
            return problems.isEmpty();
        }

        /** The row refused as a repeat of an earlier row's code. */
        Checked duplicateOf(int firstRow, int codeColumn) {
            var all = new ArrayList<>(problems);
            all.add(duplicateAt, ImportProblem.of(codeColumn, "spreadsheet.error.duplicateInFile", code, firstRow));
            return new Checked(row, form, null, code, label, List.copyOf(all), duplicateAt);
        }
    }

    private final MemberCheck rules;
    private final Map<ImportField, Integer> byField;

    RegisterRowCheck(Validator validator, Map<ImportField, Integer> byField) {
        this.rules = new MemberCheck(validator);
        this.byField = Map.copyOf(byField);
    }

    Checked check(SheetReader.SheetRow row) {
        RegisterRow.Parsed parsed = RegisterRow.parse(row, byField);
        MemberForm form = parsed.form();
        var problems = new ArrayList<>(parsed.problems());
        MemberCheck.Result result = rules.check(form);
        String code = form.getFiscalCode();
        // a valid code can repeat an earlier row's: that problem comes right after the cells' (see withDuplicates)
        boolean validCode = code != null && !code.isEmpty() && result.problems().stream().noneMatch(p -> "fiscalCode".equals(p.property()));
        int duplicateAt = validCode ? problems.size() : -1;
        for (MemberCheck.Problem p : result.problems()) {
            int column = columnOf(p.property());
            if (p.violation() == null) {
                problems.add(new ImportProblem(column, p.key(), p.arguments().stream().map(String::valueOf).toList()));
            } else if (column < 0 || problems.stream().noneMatch(known -> known.column() == column)) {
                // a cell already refused (a date that is no date, a code that is no code) is not "required" as well
                problems.add(violation(p.violation(), ImportField.ofProperty(p.property()), column));
            }
        }
        return new Checked(row, form, problems.isEmpty() ? result.member() : null, code, label(form.getSurname(), form.getGivenName()),
                List.copyOf(problems), duplicateAt);
    }

    /**
     * Refuses the rows of a chunk whose valid code an earlier row of the file has: a row of the chunk, or one stored
     * already (asked for the chunk's codes only, so that the heap holds one chunk whatever the file's size).
     *
     * @param storedFirstRows the codes' first sheet rows among the rows already stored, by code
     * @return the chunk, in order, each repeat refused naming the first row with its code
     */
    List<Checked> withDuplicates(List<Checked> chunk, Function<Collection<String>, Map<String, Integer>> storedFirstRows) {
        var codes = new LinkedHashSet<String>();
        chunk.stream().filter(c -> c.duplicateAt() >= 0).forEach(c -> codes.add(c.code()));
        Map<String, Integer> first = new HashMap<>(codes.isEmpty() ? Map.of() : storedFirstRows.apply(codes));
        var result = new ArrayList<Checked>(chunk.size());
        for (Checked c : chunk) {
            Integer earlier = c.duplicateAt() < 0 ? null : first.putIfAbsent(c.code(), c.row().number());
            result.add(earlier == null ? c : c.duplicateOf(earlier, byField.get(ImportField.FISCAL_CODE)));
        }
        return result;
    }

    /** The column of a form's property: its own, the registration columns for a section's, -1 for the whole row. */
    private int columnOf(@Nullable String property) {
        if (property == null) {
            return -1;
        }
        int column = ImportField.ofProperty(property).columnIn(byField);
        // "Prato (XX)" in the birthplace column names its province there when the sheet has no province column
        return column < 0 && property.equals("birthplaceProvince") ? byField.getOrDefault(ImportField.BIRTHPLACE, -1) : column;
    }

    /** A broken constraint as the user reads it, by the kind of constraint. */
    private static ImportProblem violation(ConstraintViolation<MemberForm> v, ImportField field, int column) {
        String fieldKey = "spreadsheet.field." + field.name();
        Object value = v.getInvalidValue();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> ImportProblem.of(column, "spreadsheet.error.required", fieldKey);
            case "Email" -> ImportProblem.of(column, "spreadsheet.error.email", value);
            case "Size" -> ImportProblem.of(column, "spreadsheet.error.tooLong", fieldKey, v.getConstraintDescriptor().getAttributes().get("max"));
            case "Past" -> ImportProblem.of(column, "spreadsheet.error.notPast", fieldKey);
            case "Pattern" -> ImportProblem.of(column, "spreadsheet.error.belfiore", value);
            default -> ImportProblem.of(column, "spreadsheet.error.invalidValue", fieldKey);
        };
    }

    /** "Surname Given name" as the lists show a row; null when both are blank. */
    static @Nullable String label(@Nullable String surname, @Nullable String givenName) {
        String s = ((surname == null ? "" : surname) + " " + (givenName == null ? "" : givenName)).strip();
        return s.isEmpty() ? null : s;
    }
}
