package it.albopec.inipec;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The feeds and what INI-PEC was last told, in SQL. The register and the mailboxes are read here (read only; the
 * member and mailbox modules own them) so that the comparison of an Order of 30k members is one query.
 */
@Component
class IniPecFeedStore {

    /** A member as the register and their latest mailbox say today, beside what the index was last told. */
    record Compared(long memberId, Current current, IniPecLine published) {}

    /** Today's values; {@code pecAddress} only when the member is registered and the mailbox works. */
    record Current(String fiscalCode, String surname, String givenName, String registrationNumber, LocalDate registrationDate,
                   String status, LocalDate statusDate, String pecAddress) {}

    private final JdbcTemplate jdbc;

    IniPecFeedStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises feeds of one Order (two ADMINs pressing at once get two consecutive feeds, not the same changes twice). */
    void lockOrder(long orderId) {
        jdbc.queryForObject("SELECT id FROM medical_order WHERE id = ? FOR UPDATE", Long.class, orderId);
    }

    void compare(long orderId, Consumer<Compared> consumer) {
        jdbc.query("SELECT m.id, m.fiscal_code, m.surname, m.given_name, COALESCE(m.medici_number, m.odontoiatri_number), m.registration_date, "
                + "m.status, m.status_date, "
                + "CASE WHEN m.status IN ('ACTIVE', 'SUSPENDED') AND b.state IN ('ACTIVE', 'EXPIRING') THEN b.pec_address END, "
                + "p.member_id, p.pec_address, p.given_name, p.surname, p.registration_number, p.fiscal_code, p.registration_date "
                + "FROM member m LEFT JOIN mailbox b ON b.member_id = m.id "
                + "LEFT JOIN mailbox newer ON newer.member_id = m.id AND newer.id > b.id "
                + "LEFT JOIN inipec_published p ON p.member_id = m.id "
                + "WHERE m.order_id = ? AND newer.id IS NULL ORDER BY m.surname, m.given_name, m.id", rs -> {
            var current = new Current(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6), rs.getString(7),
                    date(rs, 8), blankToNull(rs.getString(9)));
            IniPecLine published = rs.getObject(10) == null ? null : new IniPecLine(rs.getString(11), rs.getString(12), rs.getString(13),
                    rs.getString(14), rs.getString(15), null, date(rs, 16), null);
            consumer.accept(new Compared(rs.getLong(1), current, published));
        }, orderId);
    }

    long insertFeed(long orderId, Instant at, String username, int inserts, int updates, int deletes, String fileName, String content) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO inipec_feed (order_id, created_at, username, inserts, updates, deletes, file_name, content) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, orderId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, username);
            ps.setInt(4, inserts);
            ps.setInt(5, updates);
            ps.setInt(6, deletes);
            ps.setString(7, fileName);
            ps.setBytes(8, content.getBytes(StandardCharsets.UTF_8));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void publish(long orderId, long feedId, List<java.util.Map.Entry<Long, IniPecLine>> lines) {
        jdbc.batchUpdate("INSERT INTO inipec_published (member_id, order_id, pec_address, given_name, surname, registration_number, fiscal_code, "
                + "registration_date, feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE pec_address = VALUES(pec_address), "
                + "given_name = VALUES(given_name), surname = VALUES(surname), registration_number = VALUES(registration_number), "
                + "fiscal_code = VALUES(fiscal_code), registration_date = VALUES(registration_date), feed_id = VALUES(feed_id)",
                lines, 1000, (ps, e) -> {
                    IniPecLine line = e.getValue();
                    ps.setLong(1, e.getKey());
                    ps.setLong(2, orderId);
                    ps.setString(3, line.pecAddress());
                    ps.setString(4, line.givenName());
                    ps.setString(5, line.surname());
                    ps.setString(6, line.registrationNumber());
                    ps.setString(7, line.fiscalCode());
                    ps.setDate(8, Date.valueOf(line.registrationDate()));
                    ps.setLong(9, feedId);
                });
    }

    void unpublish(long orderId, List<Long> memberIds) {
        jdbc.batchUpdate("DELETE FROM inipec_published WHERE order_id = ? AND member_id = ?", memberIds, 1000, (ps, id) -> {
            ps.setLong(1, orderId);
            ps.setLong(2, id);
        });
    }

    List<IniPecFeedSummary> list(long orderId, int limit, long offset) {
        return jdbc.query("SELECT id, created_at, username, inserts, updates, deletes, file_name FROM inipec_feed WHERE order_id = ? "
                + "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", SUMMARY, orderId, limit, offset);
    }

    long count(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inipec_feed WHERE order_id = ?", Long.class, orderId);
    }

    Optional<IniPecFeedSummary> find(long orderId, long feedId) {
        return jdbc.query("SELECT id, created_at, username, inserts, updates, deletes, file_name FROM inipec_feed WHERE order_id = ? AND id = ?",
                SUMMARY, orderId, feedId).stream().findFirst();
    }

    byte[] content(long orderId, long feedId) {
        return jdbc.queryForObject("SELECT content FROM inipec_feed WHERE order_id = ? AND id = ?", byte[].class, orderId, feedId);
    }

    private static final RowMapper<IniPecFeedSummary> SUMMARY = (rs, n) -> new IniPecFeedSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(),
            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7));

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
