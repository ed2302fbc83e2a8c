package it.albopec.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import it.albopec.audit.FieldChange;

/**
 * How cells, problems and differences are kept in one TEXT column each: values separated by the ASCII unit and
 * record separators, which people do not type in spreadsheets (they are removed from values if they do).
 */
final class ImportRowCodec {

    private static final String UNIT = "\u001F";
    private static final String RECORD = "\u001E";

    private ImportRowCodec() {}

    static String cells(List<String> cells) {
        return String.join(UNIT, cells.stream().map(ImportRowCodec::clean).toList());
    }

    static List<String> cells(String encoded) {
        return encoded == null || encoded.isEmpty() ? List.of() : Arrays.asList(encoded.split(UNIT, -1));
    }

    static String problems(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        var records = new ArrayList<String>();
        for (ImportProblem p : problems) {
            var units = new ArrayList<String>();
            units.add(Integer.toString(p.column()));
            units.add(p.key());
            p.args().forEach(a -> units.add(clean(a)));
            records.add(String.join(UNIT, units));
        }
        return String.join(RECORD, records);
    }

    static List<ImportProblem> problems(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(RECORD)).map(r -> {
            String[] units = r.split(UNIT, -1);
            return new ImportProblem(Integer.parseInt(units[0]), units[1], Arrays.asList(units).subList(2, units.length));
        }).toList();
    }

    static String changes(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        return String.join(RECORD, changes.stream()
                .map(c -> clean(c.field()) + UNIT + nullable(c.oldValue()) + UNIT + nullable(c.newValue())).toList());
    }

    static List<FieldChange> changes(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(RECORD)).map(r -> {
            String[] u = r.split(UNIT, -1);
            return new FieldChange(u[0], u[1].isEmpty() ? null : u[1], u[2].isEmpty() ? null : u[2]);
        }).toList();
    }

    private static String nullable(String s) {
        return s == null ? "" : clean(s);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(UNIT, " ").replace(RECORD, " ");
    }
}
