package it.albopec.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The WHERE clause of a filtered, paged query, built from the filters the user set: each condition comes with
 * its bind values, so filters stay parameters and never become SQL text.
 */
public final class SqlConditions {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    /** A condition that always applies. */
    public SqlConditions always(String condition, Object... values) {
        sql.append(sql.isEmpty() ? "WHERE " : " AND ").append(condition);
        args.addAll(List.of(values));
        return this;
    }

    /** A condition with one value that applies only when the user gave the value (not null, not blank text). */
    public SqlConditions ifPresent(String condition, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return always(condition, value);
    }

    /**
     * The pattern of a {@code LIKE ?} matching values that start with the text as typed: {@code %}, {@code _} and
     * the backslash are matched literally (MariaDB's default escape character is the backslash).
     */
    public static String startsWith(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * " ORDER BY …" from the user's sort, only on the columns a page allows; then the columns that make the order
     * total (e.g. the id), so that pages never overlap.
     *
     * @param sortable   sort property → SQL column; other properties are ignored
     * @param unsorted   the order when the user chose none, before {@code tieBreaks}
     * @param tieBreaks  always last, e.g. "id ASC"
     */
    public static String orderBy(Sort sort, Map<String, String> sortable, List<String> unsorted, List<String> tieBreaks) {
        var parts = new ArrayList<String>();
        for (Sort.Order order : sort) {
            String column = sortable.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " ASC" : " DESC"));
            }
        }
        if (parts.isEmpty()) {
            parts.addAll(unsorted);
        }
        parts.addAll(tieBreaks);
        return " ORDER BY " + String.join(", ", parts);
    }

    /** "WHERE …", or empty when there is no condition. */
    public String sql() {
        return sql.toString();
    }

    /** The bind values, in order; a copy the caller may extend (e.g. with LIMIT and OFFSET). */
    public List<Object> args() {
        return new ArrayList<>(args);
    }
}
