package it.albopec.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The renewal charges of the national data set, set-based: for every activated mailbox three terms — the one before
 * the current (paid), the current one (due or paid; some overdue) and the next (forecast while the mailbox works,
 * cancelled otherwise) — about three fiscal years of charges, ~1.4M rows, as {@code ChargeLedger} and the finance
 * staff leave them.
 */
final class NationalCharges {

    private NationalCharges() {}

    static long generate(BenchDatabase database, LocalDate today) throws Exception {
        try (Connection c = database.bulkConnection(); Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
            String columns = "INSERT INTO finance_charge (order_id, mailbox_id, member_id, convention_id, period_start, period_end, amount, "
                    + "currency, payer, state, due_on, paid_on, payment_reference, created_at) ";
            String from = " FROM mailbox b JOIN convention c ON c.id = b.convention_id WHERE b.activated_on IS NOT NULL AND b.expires_on IS NOT NULL";
            String start = "DATE_SUB(b.expires_on, INTERVAL b.term_months MONTH)";
            String previous = "DATE_SUB(b.expires_on, INTERVAL 2 * b.term_months MONTH)";
            try (PreparedStatement before = c.prepareStatement(columns + "SELECT b.order_id, b.id, b.member_id, b.convention_id, " + previous + ", "
                    + start + ", c.fee, 'EUR', c.payer, 'PAID', DATE_ADD(" + previous + ", INTERVAL 30 DAY), " + previous + ", 'bench', NOW()" + from);
                 PreparedStatement current = c.prepareStatement(columns + "SELECT b.order_id, b.id, b.member_id, b.convention_id, " + start
                         + ", b.expires_on, c.fee, 'EUR', c.payer, CASE WHEN b.id % 10 < 7 THEN 'PAID' ELSE 'DUE' END, DATE_ADD(" + start
                         + ", INTERVAL 30 DAY), CASE WHEN b.id % 10 < 7 THEN " + start + " END, NULL, NOW()" + from);
                 PreparedStatement next = c.prepareStatement(columns + "SELECT b.order_id, b.id, b.member_id, b.convention_id, b.expires_on, "
                         + "DATE_ADD(b.expires_on, INTERVAL b.term_months MONTH), c.fee, 'EUR', c.payer, "
                         + "CASE WHEN b.state IN ('ACTIVE', 'EXPIRING') THEN 'FORECAST' ELSE 'CANCELLED' END, "
                         + "DATE_ADD(b.expires_on, INTERVAL 30 DAY), NULL, NULL, NOW()" + from)) {
                before.executeUpdate();
                current.executeUpdate();
                next.executeUpdate();
            }
            s.execute("ANALYZE TABLE finance_charge");
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM finance_charge")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

}
