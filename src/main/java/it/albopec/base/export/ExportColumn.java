package it.albopec.base.export;

import java.util.function.Function;

/**
 * One column of an export.
 *
 * @param key    the grid column's key, so an export follows the columns the user shows and their order
 * @param header the header in the user's language
 * @param width  width in characters
 */
public record ExportColumn<T>(String key, String header, CellType type, int width, Function<T, ?> value) {

    public static <T> ExportColumn<T> text(String key, String header, Function<T, ?> value) {
        return new ExportColumn<>(key, header, CellType.TEXT, 24, value);
    }

    public static <T> ExportColumn<T> code(String key, String header, Function<T, ?> value) {
        return new ExportColumn<>(key, header, CellType.CODE, 18, value);
    }

    public static <T> ExportColumn<T> date(String key, String header, Function<T, ?> value) {
        return new ExportColumn<>(key, header, CellType.DATE, 12, value);
    }

    public static <T> ExportColumn<T> timestamp(String key, String header, Function<T, ?> value) {
        return new ExportColumn<>(key, header, CellType.TIMESTAMP, 18, value);
    }

    public static <T> ExportColumn<T> money(String key, String header, Function<T, ?> value) {
        return new ExportColumn<>(key, header, CellType.MONEY, 14, value);
    }

    public static <T> ExportColumn<T> integer(String key, String header, Function<T, ?> value) {
        return new ExportColumn<>(key, header, CellType.INTEGER, 10, value);
    }

    /** The same column, wider (e.g. e-mail addresses, reasons). */
    public ExportColumn<T> width(int characters) {
        return new ExportColumn<>(key, header, type, characters, value);
    }
}
