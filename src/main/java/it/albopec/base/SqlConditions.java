package it.albopec.base;

import java.util.ArrayList;
import java.util.List;

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

    /** "WHERE …", or empty when there is no condition. */
    public String sql() {
        return sql.toString();
    }

    /** The bind values, in order; a copy the caller may extend (e.g. with LIMIT and OFFSET). */
    public List<Object> args() {
        return new ArrayList<>(args);
    }
}
