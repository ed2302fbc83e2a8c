package it.albopec.mailbox;

import java.sql.Date;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The pre-load lists and the members each contained, in SQL: a list of 30k members is one INSERT … SELECT. */
@Component
class PreloadListStore {

    private static final RowMapper<PreloadListSummary> SUMMARY = (rs, n) -> new PreloadListSummary(rs.getLong("id"),
            rs.getLong("convention_id"), rs.getDate("sent_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
            rs.getString("username"), rs.getInt("member_count"), rs.getString("file_name"));

    private final JdbcTemplate jdbc;

    PreloadListStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the Order's latest list, or -1 when none was sent yet. */
    long lastListId(long orderId) {
        return last(orderId).map(PreloadListSummary::id).orElse(-1L);
    }

    Optional<PreloadListSummary> last(long orderId) {
        return jdbc.query("SELECT * FROM preload_list WHERE order_id = ? ORDER BY sent_on DESC, id DESC LIMIT 1", SUMMARY, orderId)
                .stream().findFirst();
    }

    List<PreloadListSummary> list(long orderId, int limit, long offset) {
        return jdbc.query("SELECT * FROM preload_list WHERE order_id = ? ORDER BY sent_on DESC, id DESC LIMIT ? OFFSET ?",
                SUMMARY, orderId, limit, offset);
    }

    long count(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM preload_list WHERE order_id = ?", Long.class, orderId);
    }

    Optional<PreloadListSummary> find(long orderId, long listId) {
        return jdbc.query("SELECT * FROM preload_list WHERE order_id = ? AND id = ?", SUMMARY, orderId, listId).stream().findFirst();
    }

    /**
     * Records a list of every member on the Order's register on the day it was sent (active or suspended: both
     * are "iscritti"), and returns its id.
     */
    long insert(long orderId, long conventionId, java.time.LocalDate sentOn, java.time.Instant now, String username, String fileName) {
        var key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO preload_list (order_id, convention_id, sent_on, created_at, username, member_count, file_name) "
                    + "VALUES (?, ?, ?, ?, ?, 0, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, orderId);
            ps.setLong(2, conventionId);
            ps.setDate(3, Date.valueOf(sentOn));
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, username);
            ps.setString(6, fileName);
            return ps;
        }, key);
        long listId = key.getKey().longValue();
        int members = jdbc.update("INSERT INTO preload_list_member (list_id, member_id, fiscal_code, surname, given_name) "
                + "SELECT ?, m.id, m.fiscal_code, m.surname, m.given_name FROM member m "
                + "WHERE m.order_id = ? AND m.status IN ('ACTIVE', 'SUSPENDED') AND m.registration_date <= ?",
                listId, orderId, Date.valueOf(sentOn));
        jdbc.update("UPDATE preload_list SET member_count = ? WHERE id = ?", members, listId);
        return listId;
    }

    /**
     * Opens an ELIGIBLE mailbox for each listed member who has no open one under this convention yet; where the Order
     * pays (Prato) it renews automatically from the start, like every other mailbox of that convention.
     */
    int openEligibleMailboxes(long listId, long orderId, ConventionTerms terms, java.time.LocalDate on, java.time.Instant now, String username) {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM mailbox", Long.class);
        int opened = jdbc.update("INSERT INTO mailbox (order_id, member_id, convention_id, term_months, test_message_required, "
                        + "documents_required, deactivate_on_leaving, eligible_on, state, state_since, auto_renewal) "
                        + "SELECT ?, pm.member_id, ?, ?, ?, ?, ?, ?, 'ELIGIBLE', ?, ? FROM preload_list_member pm "
                        + "WHERE pm.list_id = ? AND NOT EXISTS (SELECT 1 FROM mailbox b WHERE b.member_id = pm.member_id "
                        + "AND b.convention_id = ? AND b.open_member_id IS NOT NULL)",
                orderId, terms.conventionId(), terms.termMonths(), terms.testMessageRequired(), terms.documentsRequired(),
                terms.deactivateOnLeaving(), Date.valueOf(on), Date.valueOf(on), terms.orderPays(), listId, terms.conventionId());
        jdbc.update("INSERT INTO mailbox_transition (mailbox_id, order_id, from_state, to_state, action, effective_on, at, username, reason) "
                        + "SELECT id, order_id, NULL, 'ELIGIBLE', 'PRELOADED', ?, ?, ?, NULL FROM mailbox "
                        + "WHERE id > ? AND order_id = ? AND convention_id = ? AND state = 'ELIGIBLE'",
                Date.valueOf(on), Timestamp.from(now), username, before, orderId, terms.conventionId());
        return opened;
    }

    /** The members of a list in the order the provider's file lists them. */
    void forEachMember(long listId, MemberLine consumer) {
        jdbc.query("SELECT fiscal_code, surname, given_name FROM preload_list_member WHERE list_id = ? ORDER BY surname, given_name, fiscal_code",
                rs -> {
                    consumer.accept(rs.getString(1), rs.getString(2), rs.getString(3));
                }, listId);
    }

    /** The entry of a codice fiscale in a list, if the list has it. */
    Optional<String[]> entry(long listId, String fiscalCode) {
        return jdbc.query("SELECT surname, given_name FROM preload_list_member WHERE list_id = ? AND fiscal_code = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, listId, fiscalCode).stream().findFirst();
    }

    /** The first day a codice fiscale appeared in one of the Order's lists, if ever. */
    Optional<java.time.LocalDate> firstListedOn(long orderId, String fiscalCode) {
        return jdbc.query("SELECT MIN(l.sent_on) FROM preload_list_member pm JOIN preload_list l ON l.id = pm.list_id "
                        + "WHERE l.order_id = ? AND pm.fiscal_code = ?",
                (rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), orderId, fiscalCode).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The first day a member appeared in one of the Order's lists, if ever. */
    Optional<java.time.LocalDate> firstListedOn(long memberId) {
        return jdbc.query("SELECT MIN(l.sent_on) FROM preload_list_member pm JOIN preload_list l ON l.id = pm.list_id WHERE pm.member_id = ?",
                (rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), memberId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    interface MemberLine {
        void accept(String fiscalCode, String surname, String givenName);
    }
}
