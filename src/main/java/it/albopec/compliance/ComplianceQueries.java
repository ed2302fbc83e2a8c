package it.albopec.compliance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.albopec.base.SqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The compliance page and figures in SQL. A member has a valid PEC when any of their mailboxes is ACTIVE or EXPIRING
 * or the address they communicated outside the convention is VALID; the reason and its date come from their latest
 * mailbox and that address. The register's and the mailboxes' tables are read here (read only; their modules own
 * them), so that paging, counting and every filter run in the database.
 */
@Component
class ComplianceQueries {

    /** The one definition of "has a valid PEC" (DL 76/2020 art. 37), for the page, the rate and the jobs. */
    static final String HAS_VALID_PEC = "(EXISTS (SELECT 1 FROM mailbox w WHERE w.member_id = m.id AND w.state IN ('ACTIVE', 'EXPIRING')) "
            + "OR EXISTS (SELECT 1 FROM external_pec v WHERE v.member_id = m.id AND v.state = 'VALID'))";

    private static final String FROM = "FROM member m "
            + "LEFT JOIN mailbox b ON b.member_id = m.id "
            + "LEFT JOIN mailbox newer ON newer.member_id = m.id AND newer.id > b.id "
            + "LEFT JOIN external_pec e ON e.member_id = m.id "
            + "LEFT JOIN compliance_case c ON c.open_member_id = m.id ";

    /** The address outside the convention explains the gap when it failed after the mailbox did (or there is none). */
    private static final String EXTERNAL_EXPLAINS = "(e.state = 'INVALID' AND (b.id IS NULL OR b.state NOT IN ('EXPIRED', 'DELETED', 'DEACTIVATED') "
            + "OR e.invalid_since >= b.state_since))";
    static final String REASON = "(CASE WHEN " + EXTERNAL_EXPLAINS + " THEN 'INVALID_ADDRESS' WHEN b.id IS NULL THEN 'NONE' "
            + "WHEN b.state IN ('EXPIRED', 'DELETED', 'DEACTIVATED') THEN b.state ELSE 'PENDING' END)";
    private static final String SINCE = "(CASE WHEN " + EXTERNAL_EXPLAINS + " THEN e.invalid_since WHEN b.id IS NULL THEN m.registration_date "
            + "ELSE b.state_since END)";

    private static final Map<String, String> SORTABLE = Map.of(
            "surname", "m.surname", "givenName", "m.given_name", "fiscalCode", "m.fiscal_code", "since", SINCE,
            "step", "c.step", "deadline", "c.notice_deadline");

    /** Keys of the page's sort for keyset pagination (exports): the same properties as {@link #SORTABLE}. */
    private static final Map<String, it.albopec.base.SqlKeyset.Key<NonCompliantMember>> KEYS = Map.of(
            "surname", new it.albopec.base.SqlKeyset.Key<>("m.surname", NonCompliantMember::surname),
            "givenName", new it.albopec.base.SqlKeyset.Key<>("m.given_name", NonCompliantMember::givenName),
            "fiscalCode", new it.albopec.base.SqlKeyset.Key<>("m.fiscal_code", NonCompliantMember::fiscalCode),
            "since", new it.albopec.base.SqlKeyset.Key<>(SINCE, NonCompliantMember::since),
            "step", new it.albopec.base.SqlKeyset.Key<>("c.step", row -> row.step() == null ? null : row.step().name()),
            "deadline", new it.albopec.base.SqlKeyset.Key<>("c.notice_deadline", NonCompliantMember::deadline));

    private final JdbcTemplate jdbc;

    ComplianceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<NonCompliantMember> find(long orderId, ComplianceFilter filter, Pageable pageable) {
        var where = where(orderId, filter);
        List<Object> args = where.args();
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query("SELECT m.id, m.fiscal_code, m.surname, m.given_name, m.email, " + REASON + ", " + SINCE + ", "
                        + "COALESCE(e.address, b.pec_address), c.id, c.version, c.step, c.step_since, c.notice_deadline "
                        + FROM + where.sql() + orderBy(pageable.getSort()) + " LIMIT ? OFFSET ?",
                ComplianceQueries::row, args.toArray());
    }

    /** The page after {@code last} (null: the first) in {@link #find}'s filter and order, read by keyset (exports). */
    List<NonCompliantMember> findAfter(long orderId, ComplianceFilter filter, Sort sort, @org.jspecify.annotations.Nullable NonCompliantMember last,
                                       int size) {
        var keyset = it.albopec.base.SqlKeyset.of(sort, KEYS, List.of(KEYS.get("surname"), KEYS.get("givenName")),
                new it.albopec.base.SqlKeyset.Key<>("m.id", NonCompliantMember::memberId));
        var where = keyset.after(where(orderId, filter), last);
        List<Object> args = where.args();
        args.add(size);
        return jdbc.query("SELECT m.id, m.fiscal_code, m.surname, m.given_name, m.email, " + REASON + ", " + SINCE + ", "
                        + "COALESCE(e.address, b.pec_address), c.id, c.version, c.step, c.step_since, c.notice_deadline "
                        + FROM + where.sql() + keyset.orderBy() + " LIMIT ?",
                ComplianceQueries::row, args.toArray());
    }

    long count(long orderId, ComplianceFilter filter) {
        var where = where(orderId, filter);
        return jdbc.queryForObject("SELECT COUNT(*) " + FROM + where.sql(), Long.class, where.args().toArray());
    }

    /** The row of one member of the Order, if they lack a valid PEC (or still have an open case). */
    Optional<NonCompliantMember> findMember(long orderId, long memberId) {
        var where = where(orderId, ComplianceFilter.empty()).always("m.id = ?", memberId);
        return jdbc.query("SELECT m.id, m.fiscal_code, m.surname, m.given_name, m.email, " + REASON + ", " + SINCE + ", "
                        + "COALESCE(e.address, b.pec_address), c.id, c.version, c.step, c.step_since, c.notice_deadline "
                        + FROM + where.sql(), ComplianceQueries::row, where.args().toArray()).stream().findFirst();
    }

    boolean hasValidPec(long memberId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT " + HAS_VALID_PEC + " FROM member m WHERE m.id = ?", Boolean.class, memberId));
    }

    /** Active members of the Order and how many of them have a valid PEC, today. */
    ComplianceRate rate(long orderId, YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + HAS_VALID_PEC + " THEN 1 ELSE 0 END), 0) "
                        + "FROM member m WHERE m.order_id = ? AND m.status = 'ACTIVE'",
                (rs, n) -> new ComplianceRate(month, rs.getLong(1), rs.getLong(2)), orderId);
    }

    /** The kept monthly snapshots of the Order from {@code from} on, oldest first. */
    List<ComplianceRate> snapshots(long orderId, YearMonth from) {
        return jdbc.query("SELECT month, active_members, with_valid_pec FROM compliance_snapshot WHERE order_id = ? AND month >= ? ORDER BY month",
                (rs, n) -> new ComplianceRate(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2), rs.getLong(3)),
                orderId, Date.valueOf(from.atDay(1)));
    }

    Map<CaseStep, Long> casesPerStep(long orderId) {
        Map<CaseStep, Long> counts = new EnumMap<>(CaseStep.class);
        jdbc.query("SELECT step, COUNT(*) FROM compliance_case WHERE order_id = ? AND step <> 'CLOSED' GROUP BY step",
                rs -> {
                    counts.put(CaseStep.valueOf(rs.getString(1)), rs.getLong(2));
                }, orderId);
        return counts;
    }

    /** The Council meeting of that date (created the first time it is named). */
    long meeting(long orderId, LocalDate date, String username, java.time.Instant now) {
        jdbc.update("INSERT IGNORE INTO council_meeting (order_id, meeting_date, created_by, created_at) VALUES (?, ?, ?, ?)",
                orderId, Date.valueOf(date), username, java.sql.Timestamp.from(now));
        return jdbc.queryForObject("SELECT id FROM council_meeting WHERE order_id = ? AND meeting_date = ?", Long.class,
                orderId, Date.valueOf(date));
    }

    Optional<LocalDate> meetingDate(Long meetingId) {
        if (meetingId == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT meeting_date FROM council_meeting WHERE id = ?", (rs, n) -> rs.getDate(1).toLocalDate(), meetingId)
                .stream().findFirst();
    }

    /** The Order's Council meetings with proposals on them, newest first. */
    List<LocalDate> meetingDates(long orderId) {
        return jdbc.query("SELECT meeting_date FROM council_meeting WHERE order_id = ? ORDER BY meeting_date DESC LIMIT 50",
                (rs, n) -> rs.getDate(1).toLocalDate(), orderId);
    }

    private static SqlConditions where(long orderId, ComplianceFilter filter) {
        var where = new SqlConditions();
        where.always("m.order_id = ?", orderId);
        where.always("newer.id IS NULL");
        // active members without a valid PEC; a suspended member stays listed while their case is open
        where.always("(m.status = 'ACTIVE' AND NOT " + HAS_VALID_PEC + " OR c.id IS NOT NULL AND m.status IN ('ACTIVE', 'SUSPENDED'))");
        if (filter.text() != null && !filter.text().isBlank()) {
            String prefix = escape(filter.text().trim()) + "%";
            where.always("(m.surname LIKE ? OR m.fiscal_code LIKE ?)", prefix, prefix.toUpperCase(Locale.ROOT));
        }
        if (filter.reason() != null) {
            where.always(REASON + " = ?", filter.reason().name());
        }
        if (filter.step() != null) {
            where.always("c.step = ?", filter.step().name());
        }
        if (filter.withoutCase()) {
            where.always("c.id IS NULL");
        }
        if (filter.councilMeeting() != null) {
            where.always("c.council_meeting_id = (SELECT cm.id FROM council_meeting cm WHERE cm.order_id = ? AND cm.meeting_date = ?)",
                    orderId, Date.valueOf(filter.councilMeeting()));
        }
        return where;
    }

    private static String orderBy(Sort sort) {
        return it.albopec.base.SqlConditions.orderBy(sort, SORTABLE, List.of(), List.of("m.surname ASC", "m.given_name ASC", "m.id ASC"));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static NonCompliantMember row(ResultSet rs, int n) throws SQLException {
        String step = rs.getString(11);
        return new NonCompliantMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Reason.valueOf(rs.getString(6)), toLocal(rs.getDate(7)), rs.getString(8),
                (Long) rs.getObject(9, Long.class), (Long) rs.getObject(10, Long.class), step == null ? null : CaseStep.valueOf(step),
                toLocal(rs.getDate(12)), toLocal(rs.getDate(13)));
    }

    private static LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
