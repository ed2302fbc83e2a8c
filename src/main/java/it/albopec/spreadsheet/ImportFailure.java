package it.albopec.spreadsheet;

import java.util.List;

/** Why an import did not complete: a translation key with its arguments, and the sheet row it stopped at (0 if none). */
public record ImportFailure(int sheetRow, String key, List<String> args) {

    public ImportFailure {
        args = List.copyOf(args);
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
