package it.albopec.finance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the charges in line with the mailboxes, set-based in SQL and idempotent (one charge per mailbox and
 * period start; running it twice changes nothing):
 * <ul>
 * <li>a working mailbox (ACTIVE, EXPIRING) has a DUE charge for its current term — created on activation, or its
 *     forecast turned DUE on renewal (the forecast's amount is kept);</li>
 * <li>and a FORECAST for its next term, from its expiry date;</li>
 * <li>a forecast whose mailbox expired, was deleted or deactivated (or whose expiry moved) is CANCELLED.</li>
 * </ul>
 * The amount is the fee in force on the period's first day ({@link FeeSchedule}); the payer is the convention's.
 * The mailbox and convention tables are read here (read only; their modules own them), as the mailboxes page reads
 * the register: a per-row API would cost one call per mailbox at national scale.
 */
@Component
class ChargeLedger {

    /** The fee in force on a day ({@code %s}: the SQL of the day) for the mailbox {@code b}'s convention {@code c}. */
    static final String FEE_ON = "COALESCE((SELECT f.fee FROM finance_fee f WHERE f.convention_id = c.id AND f.valid_from <= %s "
            + "ORDER BY f.valid_from DESC LIMIT 1), c.fee)";
    private static final String CURRENT_START = "DATE_SUB(b.expires_on, INTERVAL b.term_months MONTH)";
    private static final String WORKING = "b.state IN ('ACTIVE', 'EXPIRING') AND b.expires_on IS NOT NULL";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChargeLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Map<String, Integer> syncMailbox(long mailboxId) {
        return sync("b.id = ?", mailboxId);
    }

    /** The mailboxes the daily job moved on {@code day}. */
    @Transactional
    Map<String, Integer> syncMovedOn(LocalDate day) {
        return sync("b.state_since = ?", Date.valueOf(day));
    }

    @Transactional
    Map<String, Integer> syncOrder(long orderId) {
        return sync("b.order_id = ?", orderId);
    }

    /** Every mailbox of every Order (a catch-up, e.g. after loading data). */
    @Transactional
    Map<String, Integer> syncAll() {
        return sync("TRUE");
    }

    private Map<String, Integer> sync(String scope, Object... args) {
        Timestamp now = Timestamp.from(clock.instant());
        var counts = new LinkedHashMap<String, Integer>();
        // renewal: the forecast of the term that has now started becomes due (a forecast cancelled when the mailbox
        // expired comes back when it is renewed late)
        counts.put("due", jdbc.update("UPDATE finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id JOIN convention c ON c.id = b.convention_id "
                + "SET ch.state = 'DUE', ch.version = ch.version + 1, ch.note = NULL, ch.amount = COALESCE(ch.amount, " + FEE_ON.formatted("ch.period_start") + ") "
                + "WHERE " + scope + " AND " + WORKING + " AND ch.period_start = " + CURRENT_START + " AND ch.state IN ('FORECAST', 'CANCELLED')", args));
        // activation (or a mailbox the ledger has not seen yet): the charge of the current term; a member's first term
        // paid when the request was recorded (card, PayPal, or an offline payment received) is paid
        counts.put("created", jdbc.update("INSERT IGNORE INTO finance_charge (order_id, mailbox_id, member_id, convention_id, period_start, "
                + "period_end, amount, currency, payer, state, due_on, paid_on, payment_reference, created_at) "
                + "SELECT b.order_id, b.id, b.member_id, b.convention_id, " + CURRENT_START + ", b.expires_on, "
                + FEE_ON.formatted(CURRENT_START) + ", c.currency, c.payer, "
                + "CASE WHEN " + FIRST_TERM_PAID + " THEN 'PAID' ELSE 'DUE' END, "
                + "DATE_ADD(" + CURRENT_START + ", INTERVAL " + ChargeRules.PAYMENT_TERM_DAYS + " DAY), "
                + "CASE WHEN " + FIRST_TERM_PAID + " THEN b.payment_received_on END, "
                + "CASE WHEN " + FIRST_TERM_PAID + " THEN b.payment_method END, ? "
                + "FROM mailbox b JOIN convention c ON c.id = b.convention_id WHERE " + scope + " AND " + WORKING
                + " AND NOT EXISTS (SELECT 1 FROM finance_charge x WHERE x.mailbox_id = b.id AND x.period_start = " + CURRENT_START + ")",
                prepend(now, args)));
        // a forecast that will not happen: the mailbox stopped working, or its expiry moved (provider's list)
        counts.put("cancelled", jdbc.update("UPDATE finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id "
                + "SET ch.state = 'CANCELLED', ch.version = ch.version + 1, ch.note = CONCAT('MAILBOX_', b.state) "
                + "WHERE " + scope + " AND ch.state = 'FORECAST' AND (b.state NOT IN ('ACTIVE', 'EXPIRING') OR b.expires_on IS NULL "
                + "OR ch.period_start <> b.expires_on)", args));
        counts.put("revived", jdbc.update("UPDATE finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id JOIN convention c ON c.id = b.convention_id "
                + "SET ch.state = 'FORECAST', ch.version = ch.version + 1, ch.note = NULL, ch.amount = " + FEE_ON.formatted("ch.period_start") + " "
                + "WHERE " + scope + " AND " + WORKING + " AND ch.state = 'CANCELLED' AND ch.period_start = b.expires_on", args));
        // the next term, from the expiry date
        counts.put("forecast", jdbc.update("INSERT IGNORE INTO finance_charge (order_id, mailbox_id, member_id, convention_id, period_start, "
                + "period_end, amount, currency, payer, state, due_on, created_at) "
                + "SELECT b.order_id, b.id, b.member_id, b.convention_id, b.expires_on, DATE_ADD(b.expires_on, INTERVAL b.term_months MONTH), "
                + FEE_ON.formatted("b.expires_on") + ", c.currency, c.payer, 'FORECAST', "
                + "DATE_ADD(b.expires_on, INTERVAL " + ChargeRules.PAYMENT_TERM_DAYS + " DAY), ? "
                + "FROM mailbox b JOIN convention c ON c.id = b.convention_id WHERE " + scope + " AND " + WORKING
                + " AND NOT EXISTS (SELECT 1 FROM finance_charge x WHERE x.mailbox_id = b.id AND x.period_start = b.expires_on)",
                prepend(now, args)));
        return counts;
    }

    /** The member paid the first term when the request was recorded (real-time card or PayPal, or a payment received). */
    private static final String FIRST_TERM_PAID = "(c.payer = 'MEMBER' AND b.activated_on = " + CURRENT_START
            + " AND b.payment_received_on IS NOT NULL)";

    /**
     * A new fee from {@code validFrom}: forecasts from that day on take it, and charges without an amount (no fee was
     * set when they were created) get theirs. A due, paid or waived amount is never rewritten.
     */
    int applyFee(long conventionId, LocalDate validFrom) {
        return jdbc.update("UPDATE finance_charge ch JOIN convention c ON c.id = ch.convention_id "
                + "SET ch.amount = " + FEE_ON.formatted("ch.period_start") + ", ch.version = ch.version + 1 "
                + "WHERE ch.convention_id = ? AND ch.period_start >= ? AND (ch.state = 'FORECAST' OR ch.amount IS NULL)",
                conventionId, Date.valueOf(validFrom));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
