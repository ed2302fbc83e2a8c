package it.albopec.spreadsheet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import it.albopec.base.MultiRowInsert;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The import_run, import_row and import_mapping tables; every read is scoped by the Order. */
@Component
class ImportRuns {

    private static final String RUN_COLUMNS = "id, kind, username, started_at, finished_at, file_name, file_size, sheet_name, status, "
            + "skip_invalid, rows_total, rows_new, rows_changed, rows_unchanged, rows_invalid, rows_applied, duration_ms, failure, unknown_to_provider, "
            + "(SELECT COUNT(*) FROM import_row w WHERE w.run_id = import_run.id AND w.outcome IN ('NEW', 'CHANGED') "
            + "AND w.problems IS NOT NULL AND w.problems LIKE '%" + ImportRuns.CHANGED_MEANWHILE + "%') AS changed_meanwhile";

    /** The problem of a row the apply left unwritten because its member changed since the dry run. */
    static final String CHANGED_MEANWHILE = "spreadsheet.error.changedMeanwhile";

    private final JdbcTemplate jdbc;

    ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(long orderId, ImportKind kind, String username, Instant at, String fileName, long fileSize, String sheetName,
               ImportStatus status) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO import_run (order_id, kind, username, started_at, file_name, file_size, sheet_name, status) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, orderId);
            ps.setString(2, kind.name());
            ps.setString(3, username);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setString(5, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            ps.setLong(6, fileSize);
            ps.setString(7, sheetName);
            ps.setString(8, status.name());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A file refused before its rows were read: a finished run with the reason, so the history shows it. */
    void refused(long orderId, String username, Instant at, java.nio.file.Path file, String fileName, ImportFailure failure) {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            size = 0;
        }
        long runId = start(orderId, ImportKind.REGISTER, username, at, fileName, size, null, ImportStatus.REFUSED);
        finish(runId, ImportStatus.REFUSED, false, 0, at, 0, failure);
    }

    void saveLayout(long runId, List<String> headers, Map<ImportField, Integer> mapping) {
        var encoded = new StringBuilder();
        mapping.forEach((field, column) -> encoded.append(encoded.isEmpty() ? "" : ";").append(field.name()).append('=').append(column));
        jdbc.update("UPDATE import_run SET headers = ?, mapping = ? WHERE id = ?", ImportRowCodec.cells(headers), encoded.toString(), runId);
    }

    List<String> headers(long runId) {
        return ImportRowCodec.cells(jdbc.queryForObject("SELECT headers FROM import_run WHERE id = ?", String.class, runId));
    }

    Map<ImportField, Integer> mapping(long runId) {
        String encoded = jdbc.queryForObject("SELECT mapping FROM import_run WHERE id = ?", String.class, runId);
        var mapping = new LinkedHashMap<ImportField, Integer>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split(";")) {
                String[] p = pair.split("=");
                mapping.put(ImportField.valueOf(p[0]), Integer.parseInt(p[1]));
            }
        }
        return mapping;
    }

    /**
     * A judged row to store.
     *
     * @param checked for a row to write (NEW, CHANGED), the register's checked values ({@code CheckedMember.stored()}),
     *                which the apply writes; null otherwise
     */
    record NewRow(int sheetRow, ImportRowOutcome outcome, @Nullable String fiscalCode, @Nullable String label, List<String> cells,
                  List<ImportProblem> problems, List<it.albopec.audit.FieldChange> changes, @Nullable String checked) {

        /** A row of a kind whose apply works from the cells (the provider's list). */
        NewRow(int sheetRow, ImportRowOutcome outcome, @Nullable String fiscalCode, @Nullable String label, List<String> cells,
               List<ImportProblem> problems, List<it.albopec.audit.FieldChange> changes) {
            this(sheetRow, outcome, fiscalCode, label, cells, problems, changes, null);
        }
    }

    /** A row the apply writes: the checked values its dry run kept, and the differences it foresaw. */
    record RowToWrite(long id, int sheetRow, ImportRowOutcome outcome, String checked, List<it.albopec.audit.FieldChange> changes) {}

    void insertRows(long runId, List<NewRow> rows) {
        // multi-row INSERTs: a few statements for a chunk of 1000 rows
        MultiRowInsert.insert(jdbc, "INSERT INTO import_row (run_id, sheet_row, outcome, fiscal_code, label, cells, problems, changes, checked)",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?)", 9, rows, (ps, i, r) -> {
                    ps.setLong(i, runId);
                    ps.setInt(i + 1, r.sheetRow());
                    ps.setString(i + 2, r.outcome().name());
                    ps.setString(i + 3, cut(r.fiscalCode(), 40));
                    ps.setString(i + 4, cut(r.label(), 210));
                    ps.setString(i + 5, ImportRowCodec.cells(r.cells()));
                    ps.setString(i + 6, ImportRowCodec.problems(r.problems()));
                    ps.setString(i + 7, ImportRowCodec.changes(r.changes()));
                    ps.setString(i + 8, r.checked());
                });
    }

    /** The first sheet row of each of these codes among the run's stored rows, by code (duplicates within a file). */
    Map<String, Integer> firstRows(long runId, java.util.Collection<String> fiscalCodes) {
        var args = new ArrayList<Object>(fiscalCodes.size() + 1);
        args.add(runId);
        args.addAll(fiscalCodes);
        var first = new java.util.HashMap<String, Integer>();
        jdbc.query("SELECT fiscal_code, MIN(sheet_row) FROM import_row WHERE run_id = ? AND fiscal_code IN ("
                + String.join(", ", java.util.Collections.nCopies(fiscalCodes.size(), "?")) + ") GROUP BY fiscal_code",
                rs -> { first.put(rs.getString(1), rs.getInt(2)); }, args.toArray());
        return first;
    }

    void previewed(long runId, int total, int created, int changed, int unchanged, int invalid, long durationMs) {
        jdbc.update("UPDATE import_run SET status = 'PREVIEWED', rows_total = ?, rows_new = ?, rows_changed = ?, rows_unchanged = ?, "
                + "rows_invalid = ?, duration_ms = ? WHERE id = ?", total, created, changed, unchanged, invalid, durationMs, runId);
    }

    /** The applied register imports of the Order that created or changed the member with this code, newest first. */
    List<MemberImport> importsOfMember(long orderId, String fiscalCode, int limit) {
        return jdbc.query("SELECT r.id, r.finished_at, r.username, r.file_name, w.outcome, w.changes FROM import_row w "
                + "JOIN import_run r ON r.id = w.run_id WHERE w.fiscal_code = ? AND r.order_id = ? AND r.status = 'APPLIED' "
                + "AND r.kind = 'REGISTER' AND w.outcome IN ('NEW', 'CHANGED') "
                + "AND (w.problems IS NULL OR w.problems NOT LIKE '%" + CHANGED_MEANWHILE + "%') ORDER BY r.finished_at DESC, r.id DESC LIMIT ?",
                (rs, n) -> new MemberImport(rs.getLong(1), instant(rs, "finished_at"), rs.getString(3), rs.getString(4),
                        ImportRowOutcome.valueOf(rs.getString(5)), ImportRowCodec.changes(rs.getString(6))), fiscalCode, orderId, limit);
    }

    /** Marks rows the apply left unwritten: their member was created or changed meanwhile (by a colleague). */
    void changedMeanwhile(List<Long> rowIds) {
        if (rowIds.isEmpty()) {
            return;
        }
        String problems = ImportRowCodec.problems(List.of(ImportProblem.of(-1, CHANGED_MEANWHILE)));
        jdbc.batchUpdate("UPDATE import_row SET problems = ? WHERE id = ?", rowIds, rowIds.size(), (ps, id) -> {
            ps.setString(1, problems);
            ps.setLong(2, id);
        });
    }

    /** The phases of the dry run; the apply's comes with {@link #applyPhase}. */
    void previewPhases(long runId, long readMs, long validateMs, long storeMs) {
        jdbc.update("UPDATE import_run SET read_ms = ?, validate_ms = ?, store_ms = ? WHERE id = ?", readMs, validateMs, storeMs, runId);
    }

    void applyPhase(long runId, long applyMs) {
        jdbc.update("UPDATE import_run SET apply_ms = ? WHERE id = ?", applyMs, runId);
    }

    Optional<ImportPhases> phases(long orderId, long runId) {
        return jdbc.query("SELECT read_ms, validate_ms, store_ms, apply_ms FROM import_run WHERE id = ? AND order_id = ?",
                (rs, n) -> new ImportPhases(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), runId, orderId).stream().findFirst();
    }

    void unknownToProvider(long runId, List<String> fiscalCodes) {
        jdbc.update("UPDATE import_run SET unknown_to_provider = ? WHERE id = ?", ImportRowCodec.cells(fiscalCodes), runId);
    }

    /** PREVIEWED → APPLYING, atomically: false when the run was not waiting (e.g. two clicks, two users). */
    boolean startApplying(long runId) {
        return jdbc.update("UPDATE import_run SET status = 'APPLYING' WHERE id = ? AND status = 'PREVIEWED'", runId) == 1;
    }

    void finish(long runId, ImportStatus status, boolean skipInvalid, int applied, Instant at, long durationMs, ImportFailure failure) {
        // the duration is the dry run's plus the apply's
        jdbc.update("UPDATE import_run SET status = ?, skip_invalid = ?, rows_applied = ?, finished_at = ?, "
                + "duration_ms = COALESCE(duration_ms, 0) + ?, failure = ? "
                + "WHERE id = ?", status.name(), skipInvalid, applied, Timestamp.from(at), durationMs, failure == null ? null : cut(failure.encode(), 1000), runId);
    }

    Optional<ImportRunDetails> get(long orderId, long runId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM import_run WHERE id = ? AND order_id = ?", RUN, runId, orderId).stream().findFirst();
    }

    List<ImportRunDetails> history(long orderId, int offset, int limit) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM import_run WHERE order_id = ? ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
                RUN, orderId, limit, offset);
    }

    long countHistory(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE order_id = ?", Long.class, orderId);
    }

    List<ImportRowDetails> rows(long runId, ImportRowOutcome outcome, int offset, int limit) {
        var args = new ArrayList<Object>(List.of(runId));
        String where = "run_id = ?";
        if (outcome != null) {
            where += " AND outcome = ?";
            args.add(outcome.name());
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT id, sheet_row, outcome, fiscal_code, label, cells, problems, changes FROM import_row WHERE " + where
                + " ORDER BY sheet_row LIMIT ? OFFSET ?", ROW, args.toArray());
    }

    long countRows(long runId, ImportRowOutcome outcome) {
        if (outcome == null) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM import_row WHERE run_id = ?", Long.class, runId);
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_row WHERE run_id = ? AND outcome = ?", Long.class, runId, outcome.name());
    }

    /** Rows of some outcomes in sheet order, read in pages by id so that a 200k-row run never sits in memory. */
    void forEachRow(long runId, List<ImportRowOutcome> outcomes, Consumer<ImportRowDetails> action) {
        ImportRowDetails last = null;
        while (true) {
            List<ImportRowDetails> page = rowsAfter(runId, outcomes, last, 1000);
            page.forEach(action);
            if (page.size() < 1000) {
                return;
            }
            last = page.getLast();
        }
    }

    /**
     * The rows to write (NEW, CHANGED) of a run, in sheet order, read in pages by id: only the checked values and the
     * foreseen differences, not the cells.
     */
    void forEachToWrite(long runId, Consumer<RowToWrite> action) {
        long[] ids = idRange(runId);
        long last = ids[0] - 1;
        while (last < ids[1]) {
            // by primary key within the run's ids: the run's index would read and sort every remaining row for each page
            List<RowToWrite> page = jdbc.query("SELECT id, sheet_row, outcome, checked, changes FROM import_row FORCE INDEX (PRIMARY) "
                    + "WHERE id > ? AND id <= ? AND run_id = ? AND outcome IN ('NEW', 'CHANGED') ORDER BY id LIMIT 1000",
                    (rs, n) -> new RowToWrite(rs.getLong(1), rs.getInt(2), ImportRowOutcome.valueOf(rs.getString(3)), rs.getString(4),
                            ImportRowCodec.changes(rs.getString(5))), last, ids[1], runId);
            page.forEach(action);
            if (page.size() < 1000) {
                return;
            }
            last = page.getLast().id();
        }
    }

    /** The first and last id of the run's rows (rows of a run are inserted by it alone, in sheet order). */
    private long[] idRange(long runId) {
        return jdbc.queryForObject("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), -1) FROM import_row WHERE run_id = ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, runId);
    }

    /** The run's rows with these outcomes after {@code last} (null: the first page), in sheet order, by keyset on the id. */
    List<ImportRowDetails> rowsAfter(long runId, List<ImportRowOutcome> outcomes, ImportRowDetails last, int size) {
        String in = String.join(",", outcomes.stream().map(o -> "'" + o.name() + "'").toList());
        long[] ids = idRange(runId);
        // by primary key within the run's ids, as forEachToWrite
        return jdbc.query("SELECT id, sheet_row, outcome, fiscal_code, label, cells, problems, changes FROM import_row FORCE INDEX (PRIMARY) "
                + "WHERE id > ? AND id <= ? AND run_id = ? AND outcome IN (" + in + ") ORDER BY id LIMIT ?", ROW,
                last == null ? ids[0] - 1 : last.id(), ids[1], runId, size);
    }

    Map<String, ImportField> rememberedMapping(long orderId, ImportKind kind) {
        var mapping = new LinkedHashMap<String, ImportField>();
        jdbc.query("SELECT header, field FROM import_mapping WHERE order_id = ? AND kind = ?", rs -> {
            mapping.put(rs.getString(1), ImportField.valueOf(rs.getString(2)));
        }, orderId, kind.name());
        return mapping;
    }

    void rememberMapping(long orderId, ImportKind kind, Map<String, ImportField> mapping) {
        jdbc.update("DELETE FROM import_mapping WHERE order_id = ? AND kind = ?", orderId, kind.name());
        var rows = new ArrayList<Object[]>();
        mapping.forEach((header, field) -> rows.add(new Object[] {orderId, kind.name(), cut(header, 200), field.name()}));
        jdbc.batchUpdate("INSERT IGNORE INTO import_mapping (order_id, kind, header, field) VALUES (?, ?, ?, ?)", rows);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static final RowMapper<ImportRunDetails> RUN = (rs, n) -> new ImportRunDetails(rs.getLong("id"),
            ImportKind.valueOf(rs.getString("kind")), rs.getString("username"), instant(rs, "started_at"), instant(rs, "finished_at"),
            rs.getString("file_name"), rs.getLong("file_size"), rs.getString("sheet_name"), ImportStatus.valueOf(rs.getString("status")),
            rs.getBoolean("skip_invalid"), rs.getInt("rows_total"), rs.getInt("rows_new"), rs.getInt("rows_changed"),
            rs.getInt("rows_unchanged"), rs.getInt("rows_invalid"), rs.getInt("rows_applied"),
            rs.getObject("duration_ms") == null ? null : rs.getLong("duration_ms"), ImportFailure.decode(rs.getString("failure")),
            ImportRowCodec.cells(rs.getString("unknown_to_provider")), rs.getInt("changed_meanwhile"));

    private static final RowMapper<ImportRowDetails> ROW = (rs, n) -> new ImportRowDetails(rs.getLong("id"), rs.getInt("sheet_row"),
            ImportRowOutcome.valueOf(rs.getString("outcome")), rs.getString("fiscal_code"), rs.getString("label"),
            ImportRowCodec.cells(rs.getString("cells")), ImportRowCodec.problems(rs.getString("problems")),
            ImportRowCodec.changes(rs.getString("changes")));
}
