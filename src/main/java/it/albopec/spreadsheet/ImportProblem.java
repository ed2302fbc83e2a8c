package it.albopec.spreadsheet;

import java.util.List;

/**
 * Why a row cannot be imported: a translation key with its arguments, and the column (0-based) it points at, or -1
 * for the row as a whole.
 */
public record ImportProblem(int column, String key, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int column, String key, Object... args) {
        return new ImportProblem(column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
