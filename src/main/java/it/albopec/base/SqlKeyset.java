package it.albopec.base;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.Sort;

/**
 * Keyset ("seek") pagination of a sorted query: the next page starts after the last row of the previous one
 * ({@code WHERE (a, b, id) > (last a, last b, last id)} spelled out per column and direction) instead of
 * {@code OFFSET n}, which reads and throws away n rows and so makes an export of 500k rows quadratic.
 * The sort always ends with a unique, non-null column (the id), so each row has exactly one place.
 * NULLs sort as MariaDB sorts them: first ascending, last descending.
 *
 * @param <T> the row read back, from which the key of the last row is taken
 */
public final class SqlKeyset<T> {

    /** A sortable column: its SQL expression and how to read its value from a row. */
    public record Key<T>(String column, Function<T, ?> value) {}

    private record Part<T>(String column, boolean ascending, Function<T, ?> value) {}

    private final List<Part<T>> parts = new ArrayList<>();

    private SqlKeyset() {}

    /**
     * The order of the user's sort (properties not in {@code sortable} are ignored), then {@code defaults}
     * ascending, then the unique {@code id} ascending.
     */
    public static <T> SqlKeyset<T> of(Sort sort, Map<String, Key<T>> sortable, List<Key<T>> defaults, Key<T> id) {
        return of(sort, sortable, defaults, id, true);
    }

    /** As {@link #of(Sort, Map, List, Key)}, with the id descending when {@code idAscending} is false (newest first). */
    public static <T> SqlKeyset<T> of(Sort sort, Map<String, Key<T>> sortable, List<Key<T>> defaults, Key<T> id, boolean idAscending) {
        var keyset = new SqlKeyset<T>();
        for (Sort.Order order : sort) {
            Key<T> key = sortable.get(order.getProperty());
            if (key != null) {
                keyset.parts.add(new Part<>(key.column(), order.isAscending(), key.value()));
            }
        }
        for (Key<T> key : defaults) {
            keyset.parts.add(new Part<>(key.column(), true, key.value()));
        }
        keyset.parts.add(new Part<>(id.column(), idAscending, id.value()));
        return keyset;
    }

    /** " ORDER BY …" of this keyset. */
    public String orderBy() {
        var orders = new ArrayList<String>();
        for (Part<T> part : parts) {
            orders.add(part.column() + (part.ascending() ? " ASC" : " DESC"));
        }
        return " ORDER BY " + String.join(", ", orders);
    }

    /**
     * Adds to {@code where} the condition "comes after {@code last}" in this order; nothing when {@code last} is
     * null (the first page).
     */
    public SqlConditions after(SqlConditions where, T last) {
        if (last == null) {
            return where;
        }
        var any = new ArrayList<String>();
        var args = new ArrayList<Object>();
        var equalSoFar = new StringBuilder();
        var equalArgs = new ArrayList<Object>();
        for (Part<T> part : parts) {
            Object value = sqlValue(part.value().apply(last));
            String beyond;
            List<Object> beyondArgs = new ArrayList<>();
            if (value == null) {
                // NULL is first ascending: every non-null comes after it; last descending: nothing comes after it
                beyond = part.ascending() ? part.column() + " IS NOT NULL" : null;
            } else {
                beyond = part.ascending() ? part.column() + " > ?" : "(" + part.column() + " < ? OR " + part.column() + " IS NULL)";
                beyondArgs.add(value);
            }
            if (beyond != null) {
                any.add("(" + equalSoFar + beyond + ")");
                args.addAll(equalArgs);
                args.addAll(beyondArgs);
            }
            if (value == null) {
                equalSoFar.append(part.column()).append(" IS NULL AND ");
            } else {
                equalSoFar.append(part.column()).append(" = ? AND ");
                equalArgs.add(value);
            }
        }
        if (any.isEmpty()) {
            return where.always("1 = 0");
        }
        return where.always("(" + String.join(" OR ", any) + ")", args.toArray());
    }

    private static Object sqlValue(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> Date.valueOf(date);
            case Instant instant -> Timestamp.from(instant);
            case Enum<?> e -> e.name();
            default -> value;
        };
    }
}
