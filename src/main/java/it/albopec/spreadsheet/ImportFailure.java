package it.albopec.spreadsheet;

import java.util.List;

/** Why an import did not complete: a translation key with its arguments, and the sheet row it stopped at (0 if none). */
public record ImportFailure(int sheetRow, String key, List<String> args) {

    public ImportFailure {
        args = List.copyOf(args);
    }

    /**
     * Why a run stopped at a sheet row (or 0): a broken rule of the register or the file with its reason, a row the
     * register's constraints refused with every broken constraint named, else something unexpected.
     */
    static ImportFailure of(int sheetRow, RuntimeException e) {
        if (e instanceof it.albopec.base.ServiceException se) {
            return new ImportFailure(sheetRow, se.messageKey(), java.util.Arrays.stream(se.arguments()).map(String::valueOf).toList());
        }
        if (e instanceof jakarta.validation.ConstraintViolationException cve) {
            return new ImportFailure(sheetRow, "spreadsheet.error.rowRefused", List.of(cve.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().reduce((a, b) -> a + "; " + b).orElse("")));
        }
        return unexpected(sheetRow);
    }

    /** Something unexpected: nothing was written. */
    static ImportFailure unexpected(int sheetRow) {
        return new ImportFailure(sheetRow, "spreadsheet.error.applyFailed", List.of());
    }

    /** Whether the user can act on the reason (else it is a fault of ours, to be logged). */
    static boolean expected(RuntimeException e) {
        return e instanceof it.albopec.base.ServiceException || e instanceof jakarta.validation.ConstraintViolationException;
    }

    String encode() {
        return ImportRowCodec.problems(List.of(new ImportProblem(sheetRow, key, args)));
    }

    static ImportFailure decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return null;
        }
        ImportProblem p = ImportRowCodec.problems(encoded).getFirst();
        return new ImportFailure(p.column(), p.key(), p.args());
    }
}
