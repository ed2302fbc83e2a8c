package it.albopec.base.export;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;

/**
 * A formula of a report (a total, a difference), made only from cell positions: its text is written by us, never
 * taken from data, so a provider's file or a member's name can never end up in a formula.
 */
public final class Formula {

    private final String text;

    private Formula(String text) {
        this.text = text;
    }

    /** SUM over the rectangle from (firstRow, firstColumn) to (lastRow, lastColumn), 0-based, e.g. {@code SUM(B7:B10)}. */
    public static Formula sum(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return new Formula("SUM(" + ref(firstRow, firstColumn) + ":" + ref(lastRow, lastColumn) + ")");
    }

    /** SUM of some cells of one row, e.g. {@code SUM(E7,I7)}. */
    public static Formula sumOfRow(int row, int... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a sum needs a cell");
        }
        return new Formula("SUM(" + Arrays.stream(columns).mapToObj(c -> ref(row, c)).collect(Collectors.joining(",")) + ")");
    }

    /** One cell minus another of the same row, e.g. {@code F2-G2} (an empty cell counts as 0). */
    public static Formula difference(int row, int minuendColumn, int subtrahendColumn) {
        return new Formula(ref(row, minuendColumn) + "-" + ref(row, subtrahendColumn));
    }

    private static String ref(int row, int column) {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("no such cell: " + row + "," + column);
        }
        return new CellReference(row, column).formatAsString(false);
    }

    /** The formula as POI writes it (without the leading '='). */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "=" + text;
    }
}
