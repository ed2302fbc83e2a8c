package it.albopec.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The check of a register row that pins every problem to its column, with the register's own rules ({@link MemberRules},
 * the codice fiscale, the form's Bean Validation constraints) and duplicates earlier in the same file. The register
 * then judges the valid rows ({@code MemberService.previewAll}, which also resolves a birthplace written by name).
 * One instance per dry run: it remembers the codes already seen.
 */
final class RegisterRowCheck {

    /** A register row checked against the sheet's own rules, waiting for the register's verdict. */
    record Checked(SheetReader.SheetRow row, MemberForm form, String code, String label, List<ImportProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Validator validator;
    private final Map<ImportField, Integer> byField;
    private final Map<String, Integer> seen = new HashMap<>();

    RegisterRowCheck(Validator validator, Map<ImportField, Integer> byField) {
        this.validator = validator;
        this.byField = Map.copyOf(byField);
    }

    Checked check(SheetReader.SheetRow row) {
        RegisterRow.Parsed parsed = RegisterRow.parse(row, byField);
        MemberForm form = parsed.form();
        var problems = new ArrayList<>(parsed.problems());
        String code = form.getFiscalCode();
        FiscalCode parsedCode = code != null && !code.isEmpty() ? checkCode(row, form, code, problems) : null;
        // the birthplace as the register writes it (name, German name, country, code), against the code (issue 11)
        problems.addAll(BirthplaceColumn.problems(form, parsedCode, byField));
        for (ConstraintViolation<MemberForm> v : validator.validate(form)) {
            ImportField field = ImportField.ofProperty(v.getPropertyPath().toString());
            int column = field.columnIn(byField);
            boolean alreadyReported = column >= 0 && problems.stream().anyMatch(p -> p.column() == column);
            if (!alreadyReported) {
                problems.add(violation(v, field, column));
            }
        }
        MemberRules.sectionProblem(form).ifPresent(key -> problems.add(ImportProblem.of(-1, key)));
        return new Checked(row, form, code, label(form.getSurname(), form.getGivenName()), problems);
    }

    /** @return the parsed code, null when it is refused */
    private FiscalCode checkCode(SheetReader.SheetRow row, MemberForm form, String code, List<ImportProblem> problems) {
        int codeColumn = byField.get(ImportField.FISCAL_CODE);
        FiscalCode parsed;
        try {
            parsed = FiscalCode.parse(code); // parsed once: refused with the key FiscalCode.problem would give
        } catch (ServiceException e) {
            problems.add(ImportProblem.of(codeColumn, e.messageKey(), code));
            return null;
        }
        Integer first = seen.putIfAbsent(code, row.number());
        if (first != null) {
            problems.add(ImportProblem.of(codeColumn, "spreadsheet.error.duplicateInFile", code, first));
        }
        for (String mismatch : parsed.mismatches(form.getSurname(), form.getGivenName(),
                form.getSex() == null ? null : form.getSex().isFemale(), form.getBirthDate(), form.getBirthplaceCode())) {
            problems.add(ImportProblem.of(byField.getOrDefault(fieldOfMismatch(mismatch), -1), mismatch, code));
        }
        return parsed;
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

    private static ImportField fieldOfMismatch(String mismatch) {
        return switch (mismatch) {
            case FiscalCode.MISMATCH_SURNAME -> ImportField.SURNAME;
            case FiscalCode.MISMATCH_GIVEN_NAME -> ImportField.GIVEN_NAME;
            case FiscalCode.MISMATCH_BIRTH_DATE -> ImportField.BIRTH_DATE;
            case FiscalCode.MISMATCH_SEX -> ImportField.SEX;
            case FiscalCode.MISMATCH_BIRTHPLACE -> ImportField.BIRTHPLACE;
            default -> ImportField.FISCAL_CODE;
        };
    }

    /** "Surname Given name" as the lists show a row; null when both are blank. */
    static String label(String surname, String givenName) {
        String s = ((surname == null ? "" : surname) + " " + (givenName == null ? "" : givenName)).strip();
        return s.isEmpty() ? null : s;
    }
}
