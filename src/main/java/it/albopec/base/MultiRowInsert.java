package it.albopec.base;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk writes as multi-row statements, {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …}: one round trip and one
 * statement for many rows, whatever batching the driver does. Values stay bind parameters.
 */
public final class MultiRowInsert {

    /** Parameters of one statement at most: well below MariaDB's limit of 65,535 placeholders. */
    private static final int MAX_PARAMETERS = 30_000;

    /** Binds one row's values from {@code index} on. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement ps, int index, T row) throws SQLException;
    }

    private MultiRowInsert() {}

    /**
     * @param insertInto   "INSERT INTO t (a, b, c)"
     * @param rowValues    one row's VALUES group, e.g. "(0, ?, ?)"; its placeholders are bound by {@code binder}
     * @param placeholders the number of placeholders in {@code rowValues}
     */
    public static <T> void insert(JdbcTemplate jdbc, String insertInto, String rowValues, int placeholders, List<T> rows,
                                  RowBinder<T> binder) {
        int perStatement = Math.max(1, MAX_PARAMETERS / Math.max(1, placeholders));
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<T> slice = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql = insertInto + " VALUES " + String.join(", ", java.util.Collections.nCopies(slice.size(), rowValues));
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement(sql);
                int index = 1;
                for (T row : slice) {
                    binder.bind(ps, index, row);
                    index += placeholders;
                }
                return ps;
            });
        }
    }
}
