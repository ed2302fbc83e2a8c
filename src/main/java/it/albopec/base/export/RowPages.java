package it.albopec.base.export;

import java.util.List;

/**
 * The rows of a list page by page, in the list's order, with keyset pagination (see {@link it.albopec.base.SqlKeyset}):
 * the page after {@code last} (null for the first page), at most {@code size} rows; an empty or short page ends the list.
 */
@FunctionalInterface
public interface RowPages<T> {
    List<T> after(T last, int size);
}
