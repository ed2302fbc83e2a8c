package it.albopec.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.albopec.base.SqlConditions;
import it.albopec.convention.Payer;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The costs page in SQL: one Order's charges, paged, counted and summed with every filter in the database on the
 * indexes (order_id, due_on, …) and (order_id, state, due_on). The member, mailbox and convention are joined for a
 * page only (read only; their modules own them).
 */
@Component
class ChargeQueries {

    private static final String ROW = "SELECT ch.id, ch.version, ch.member_id, ch.mailbox_id, m.surname, m.given_name, m.fiscal_code, "
            + "b.pec_address, c.code, ch.period_start, ch.period_end, ch.amount, ch.currency, ch.payer, ch.state, ch.due_on, ch.paid_on, "
            + "ch.payment_reference, ch.note FROM finance_charge ch JOIN member m ON m.id = ch.member_id "
            + "JOIN mailbox b ON b.id = ch.mailbox_id JOIN convention c ON c.id = ch.convention_id ";
    private static final Map<String, String> SORTABLE = Map.of("dueOn", "ch.due_on", "periodStart", "ch.period_start",
            "amount", "ch.amount", "state", "ch.state", "surname", "m.surname", "paidOn", "ch.paid_on");

    /** Keys of the page's sort for keyset pagination (exports): the same properties as {@link #SORTABLE}. */
    private static final Map<String, it.albopec.base.SqlKeyset.Key<ChargeRow>> KEYS = Map.of(
            "dueOn", new it.albopec.base.SqlKeyset.Key<>("ch.due_on", ChargeRow::dueOn),
            "periodStart", new it.albopec.base.SqlKeyset.Key<>("ch.period_start", ChargeRow::periodStart),
            "amount", new it.albopec.base.SqlKeyset.Key<>("ch.amount", ChargeRow::amount),
            "state", new it.albopec.base.SqlKeyset.Key<>("ch.state", row -> row.state().name()),
            "surname", new it.albopec.base.SqlKeyset.Key<>("m.surname", ChargeRow::surname),
            "paidOn", new it.albopec.base.SqlKeyset.Key<>("ch.paid_on", ChargeRow::paidOn));

    private final JdbcTemplate jdbc;

    ChargeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ChargeRow> find(long orderId, ChargeFilter filter, LocalDate today, Pageable pageable) {
        var where = where(orderId, filter, today);
        List<Object> args = where.args();
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query(ROW + where.sql() + orderBy(pageable.getSort()) + " LIMIT ? OFFSET ?",
                (rs, n) -> row(rs, today), args.toArray());
    }

    /** The page after {@code last} (null: the first) in {@link #find}'s filter and order, read by keyset (exports). */
    List<ChargeRow> findAfter(long orderId, ChargeFilter filter, LocalDate today, Sort sort, @org.jspecify.annotations.Nullable ChargeRow last,
                              int size) {
        var keyset = it.albopec.base.SqlKeyset.of(sort, KEYS, List.of(KEYS.get("dueOn")),
                new it.albopec.base.SqlKeyset.Key<>("ch.id", ChargeRow::id));
        var where = keyset.after(where(orderId, filter, today), last);
        List<Object> args = where.args();
        args.add(size);
        return jdbc.query(ROW + where.sql() + keyset.orderBy() + " LIMIT ?", (rs, n) -> row(rs, today), args.toArray());
    }

    Long findOne(long orderId, long chargeId) {
        return jdbc.query("SELECT id FROM finance_charge WHERE id = ? AND order_id = ?", rs -> rs.next() ? rs.getLong(1) : null,
                chargeId, orderId);
    }

    ChargeRow get(long orderId, long chargeId, LocalDate today) {
        List<ChargeRow> rows = jdbc.query(ROW + "WHERE ch.id = ? AND ch.order_id = ?", (rs, n) -> row(rs, today), chargeId, orderId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    long count(long orderId, ChargeFilter filter, LocalDate today) {
        var where = where(orderId, filter, today);
        return jdbc.queryForObject("SELECT COUNT(*) FROM finance_charge ch" + memberJoin(filter) + where.sql(), Long.class, where.args().toArray());
    }

    ChargeTotals totals(long orderId, ChargeFilter filter, LocalDate today) {
        var where = where(orderId, filter, today);
        long[] count = new long[2];
        BigDecimal[] total = {BigDecimal.ZERO};
        var byState = new java.util.EnumMap<ChargeState, BigDecimal>(ChargeState.class);
        jdbc.query("SELECT ch.state, COUNT(*), COALESCE(SUM(ch.amount), 0), COALESCE(SUM(ch.amount IS NULL), 0) FROM finance_charge ch"
                        + memberJoin(filter) + where.sql() + " GROUP BY ch.state",
                rs -> {
                    count[0] += rs.getLong(2);
                    count[1] += rs.getLong(4);
                    total[0] = total[0].add(rs.getBigDecimal(3));
                    byState.put(ChargeState.valueOf(rs.getString(1)), rs.getBigDecimal(3));
                }, where.args().toArray());
        return new ChargeTotals(count[0], total[0], count[1], byState);
    }

    /** Counting needs the member only when the text filter searches names. */
    private static String memberJoin(ChargeFilter filter) {
        return hasText(filter) ? " JOIN member m ON m.id = ch.member_id " : " ";
    }

    private static boolean hasText(ChargeFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    static SqlConditions where(long orderId, ChargeFilter filter, LocalDate today) {
        var where = new SqlConditions();
        where.always("ch.order_id = ?", orderId);
        if (filter.fiscalYear() != null) {
            where.always("ch.due_on >= ? AND ch.due_on < ?", Date.valueOf(LocalDate.of(filter.fiscalYear(), 1, 1)),
                    Date.valueOf(LocalDate.of(filter.fiscalYear() + 1, 1, 1)));
        }
        if (filter.payer() != null) {
            where.always("ch.payer = ?", filter.payer().name());
        }
        if (filter.state() != null) {
            where.always("ch.state = ?", filter.state().name());
        } else {
            // a cancelled forecast costs nothing: shown only when asked for
            where.always("ch.state <> 'CANCELLED'");
        }
        if (filter.conventionId() != null) {
            where.always("ch.convention_id = ?", filter.conventionId());
        }
        if (filter.mailboxId() != null) {
            where.always("ch.mailbox_id = ?", filter.mailboxId());
        }
        if (filter.overdue()) {
            where.always("ch.state = 'DUE' AND ch.due_on < ?", Date.valueOf(today));
        }
        if (hasText(filter)) {
            String prefix = filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.always("(m.surname LIKE ? OR m.fiscal_code LIKE ?)", prefix, prefix.toUpperCase(Locale.ROOT));
        }
        return where;
    }

    private static String orderBy(Sort sort) {
        return it.albopec.base.SqlConditions.orderBy(sort, SORTABLE, List.of(), List.of("ch.due_on ASC", "ch.id ASC"));
    }

    static ChargeRow row(ResultSet rs, LocalDate today) throws SQLException {
        ChargeState state = ChargeState.valueOf(rs.getString(15));
        LocalDate dueOn = rs.getDate(16).toLocalDate();
        Date paid = rs.getDate(17);
        BigDecimal amount = rs.getBigDecimal(12);
        return new ChargeRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getDate(10).toLocalDate(), rs.getDate(11).toLocalDate(), amount, rs.getString(13),
                Payer.valueOf(rs.getString(14)), state, dueOn, paid == null ? null : paid.toLocalDate(), rs.getString(18), rs.getString(19),
                ChargeRules.overdue(state, dueOn, today));
    }
}
