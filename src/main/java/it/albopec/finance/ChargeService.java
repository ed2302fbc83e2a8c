package it.albopec.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.mailbox.MailboxLifecycle;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The charges of the current user's Order: the costs page's rows and totals, the budget per fiscal year, the
 * mailboxes likely to lapse, and the payments and waivers FINANCE records (ADMIN reads). Another Order's charge is
 * "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class ChargeService {

    static final String AUDIT_TYPE = "charge";
    /** The budget shows the current fiscal year and the next three. */
    public static final int BUDGET_YEARS = 4;

    private final ChargeQueries queries;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate eachInItsOwnTransaction;

    ChargeService(ChargeQueries queries, JdbcTemplate jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock,
                  PlatformTransactionManager transactions) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
    }

    public List<ChargeRow> find(ChargeFilter filter, Pageable pageable) {
        return queries.find(currentUser.requireOrderId(), filter, today(), pageable);
    }

    /** The page after {@code last} (null: the first) of the filtered charges in {@code sort}, by keyset: the export of the costs page. */
    public List<ChargeRow> findAfter(ChargeFilter filter, org.springframework.data.domain.Sort sort,
                                     @org.jspecify.annotations.Nullable ChargeRow last, int size) {
        return queries.findAfter(currentUser.requireOrderId(), filter, today(), sort, last, size);
    }

    public long count(ChargeFilter filter) {
        return queries.count(currentUser.requireOrderId(), filter, today());
    }

    /** The number and the total of the filtered charges. */
    public ChargeTotals totals(ChargeFilter filter) {
        return queries.totals(currentUser.requireOrderId(), filter, today());
    }

    public ChargeRow get(long id) {
        ChargeRow row = queries.get(currentUser.requireOrderId(), id, today());
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }

    /** Records a payment or a waiver on one due charge (a forecast is not owed yet and cannot be settled). */
    @PreAuthorize(AppRoles.IS_FINANCE)
    @Transactional
    public ChargeRow settle(long id, long expectedVersion, Settlement settlement) {
        long orderId = currentUser.requireOrderId();
        ChargeRow before = get(id);
        if (before.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException("charge", id);
        }
        if (before.state() != ChargeState.DUE) {
            throw new ServiceException("finance.error.notDue", before.state().name());
        }
        String username = currentUser.usernameOrSystem();
        switch (settlement) {
            case Settlement.Paid paid -> {
                if (paid.paidOn() == null || paid.paidOn().isAfter(today())) {
                    throw new ServiceException("finance.error.paidOnFuture");
                }
                String reference = trimmed(paid.reference(), 100, "finance.error.referenceTooLong");
                update(id, expectedVersion, "state = 'PAID', paid_on = ?, payment_reference = ?, settled_by = ?",
                        Date.valueOf(paid.paidOn()), reference, username);
                audit.record(orderId, AUDIT_TYPE, id, "paid", null, FieldChange.builder()
                        .compare("state", before.state(), ChargeState.PAID).compare("paidOn", null, paid.paidOn())
                        .compare("paymentReference", before.paymentReference(), reference).build());
            }
            case Settlement.Waived waived -> {
                String reason = trimmed(waived.reason(), 500, "finance.error.reasonTooLong");
                if (reason == null) {
                    throw new ServiceException("finance.error.reasonRequired");
                }
                update(id, expectedVersion, "state = 'WAIVED', note = ?, settled_by = ?", reason, username);
                audit.record(orderId, AUDIT_TYPE, id, "waived", reason, FieldChange.builder()
                        .compare("state", before.state(), ChargeState.WAIVED).build());
            }
        }
        return get(id);
    }

    /**
     * The same payment or waiver on many charges, each on its own: one refused (not due, changed meanwhile) does not
     * stop the others, and the outcome says row by row what happened.
     */
    @PreAuthorize(AppRoles.IS_FINANCE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SettlementOutcome settleMany(List<Target> targets, Settlement settlement) {
        var rows = new ArrayList<SettlementOutcome.Row>();
        for (Target target : targets) {
            try {
                eachInItsOwnTransaction.executeWithoutResult(status -> settle(target.id(), target.version(), settlement));
                rows.add(new SettlementOutcome.Row(target.id(), target.label(), true, "finance.outcome.done", new Object[0]));
            } catch (ServiceException e) {
                rows.add(new SettlementOutcome.Row(target.id(), target.label(), false, e.messageKey(), e.arguments()));
            } catch (ObjectOptimisticLockingFailureException e) {
                rows.add(new SettlementOutcome.Row(target.id(), target.label(), false, "base.error.conflict", new Object[0]));
            }
        }
        return new SettlementOutcome(rows);
    }

    /**
     * The cost per fiscal year, this year and the next three, by payer. A term's fee counts in the year it falls due
     * (never spread over the term); forecasts repeat every term at the forecast's fee until the last year shown.
     */
    public List<BudgetYear> budget() {
        long orderId = currentUser.requireOrderId();
        int first = today().getYear();
        int end = first + BUDGET_YEARS;
        Map<Integer, BudgetSums> sums = new TreeMap<>();
        for (int y = first; y < end; y++) {
            sums.put(y, new BudgetSums());
        }
        jdbc.query("SELECT YEAR(due_on), payer, state = 'FORECAST', COALESCE(SUM(amount), 0), SUM(amount IS NULL), COUNT(*) FROM finance_charge "
                        + "WHERE order_id = ? AND due_on >= ? AND due_on < ? AND state IN ('FORECAST', 'DUE', 'PAID') GROUP BY 1, 2, 3",
                rs -> {
                    add(sums, rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6));
                }, orderId, Date.valueOf(LocalDate.of(first, 1, 1)), Date.valueOf(LocalDate.of(end, 1, 1)));
        // the terms after the forecast one: a mailbox that keeps working is renewed every term
        jdbc.query("SELECT y, payer, COALESCE(SUM(amount), 0), SUM(amount IS NULL), COUNT(*) FROM (SELECT YEAR(DATE_ADD(ch.due_on, INTERVAL k.n * "
                        + "TIMESTAMPDIFF(MONTH, ch.period_start, ch.period_end) MONTH)) AS y, ch.payer, ch.amount FROM finance_charge ch "
                        + "JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) k WHERE ch.order_id = ? AND ch.state = 'FORECAST' "
                        + "AND ch.due_on < ?) p WHERE y >= ? AND y < ? GROUP BY y, payer",
                rs -> {
                    add(sums, rs.getInt(1), rs.getString(2), true, rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5));
                }, orderId, Date.valueOf(LocalDate.of(end, 1, 1)), first, end);
        return sums.entrySet().stream().map(e -> e.getValue().year(e.getKey())).toList();
    }

    /** One fiscal year's sums while the budget's queries are read: amounts by payer and kind, terms by payer. */
    private static final class BudgetSums {
        final BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        long withoutAmount;
        long orderTerms;
        long memberTerms;

        BudgetYear year(int year) {
            return new BudgetYear(year, amounts[0], amounts[1], amounts[2], amounts[3], withoutAmount, orderTerms, memberTerms);
        }
    }

    private static void add(Map<Integer, BudgetSums> sums, int year, String payer, boolean forecast, BigDecimal amount, long withoutAmount,
                            long terms) {
        BudgetSums s = sums.get(year);
        if (s == null) {
            return;
        }
        boolean order = "ORDER".equals(payer);
        int i = (order ? 0 : 2) + (forecast ? 1 : 0);
        s.amounts[i] = s.amounts[i].add(amount);
        s.withoutAmount += withoutAmount;
        if (order) {
            s.orderTerms += terms;
        } else {
            s.memberTerms += terms;
        }
    }

    /** What this fiscal year costs the Order itself (due, paid and forecast charges it pays). */
    public BigDecimal orderCostThisYear() {
        return budget().getFirst().orderTotal();
    }

    /**
     * Working mailboxes whose next renewal will likely fail — no automatic renewal, a card that expires before the
     * renewal date, an overdue charge — with the money at stake, soonest lapse first.
     */
    public List<LapseRisk> lapseRisks(Pageable pageable) {
        long orderId = currentUser.requireOrderId();
        LocalDate today = today();
        return jdbc.query("SELECT ch.mailbox_id, ch.member_id, m.surname, m.given_name, m.fiscal_code, b.pec_address, b.expires_on, "
                        + "b.auto_renewal, b.card_valid_until, ch.payer, ch.amount, " + UNPAID + " "
                        + RISK_FROM + " ORDER BY b.expires_on, ch.id LIMIT ? OFFSET ?",
                (rs, n) -> {
                    boolean auto = rs.getBoolean(8);
                    Date card = rs.getDate(9);
                    LocalDate expires = rs.getDate(7).toLocalDate();
                    BigDecimal unpaid = rs.getBigDecimal(12);
                    var reasons = EnumSet.noneOf(LapseRisk.Reason.class);
                    if (!auto) {
                        reasons.add(LapseRisk.Reason.NO_AUTOMATIC_RENEWAL);
                    }
                    if (auto && card != null && card.toLocalDate().isBefore(expires)) {
                        reasons.add(LapseRisk.Reason.CARD_EXPIRES);
                    }
                    if (unpaid != null && unpaid.signum() > 0 || rs.getBoolean(13)) {
                        reasons.add(LapseRisk.Reason.UNPAID);
                    }
                    LocalDate lapses = MailboxLifecycle.lapseDate(auto, card == null ? null : java.time.YearMonth.from(card.toLocalDate()), expires)
                            .orElse(expires);
                    return new LapseRisk(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            lapses, reasons, it.albopec.convention.Payer.valueOf(rs.getString(10)), rs.getBigDecimal(11),
                            unpaid == null ? BigDecimal.ZERO : unpaid);
                }, riskArgs(orderId, today, pageable.getPageSize(), pageable.getOffset()));
    }

    /** How many mailboxes are at risk, and the money at stake in all of them. */
    public ChargeTotals lapseRiskTotals() {
        long orderId = currentUser.requireOrderId();
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(COALESCE(ch.amount, 0) + COALESCE(" + UNPAID_SUM + ", 0)), 0), "
                        + "COALESCE(SUM(ch.amount IS NULL), 0) " + RISK_FROM,
                (rs, n) -> new ChargeTotals(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3)), riskTotalArgs(orderId, today()));
    }

    private static final String OVERDUE_OF_MAILBOX = "FROM finance_charge x WHERE x.mailbox_id = ch.mailbox_id AND x.state = 'DUE' AND x.due_on < ?";
    private static final String UNPAID_SUM = "(SELECT SUM(x.amount) " + OVERDUE_OF_MAILBOX + ")";
    private static final String UNPAID = UNPAID_SUM + ", EXISTS (SELECT 1 " + OVERDUE_OF_MAILBOX + ")";
    /** A forecast exists only for a working mailbox: each at-risk mailbox is one row. */
    private static final String RISK_FROM = "FROM finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id JOIN member m ON m.id = ch.member_id "
            + "WHERE ch.order_id = ? AND ch.state = 'FORECAST' AND (b.auto_renewal = FALSE OR b.card_valid_until < b.expires_on "
            + "OR EXISTS (SELECT 1 " + OVERDUE_OF_MAILBOX + "))";

    private static Object[] riskArgs(long orderId, LocalDate today, Object... paging) {
        Date day = Date.valueOf(today);
        var args = new ArrayList<Object>(List.of(day, day, orderId, day));
        args.addAll(List.of(paging));
        return args.toArray();
    }

    private static Object[] riskTotalArgs(long orderId, LocalDate today) {
        Date day = Date.valueOf(today);
        return new Object[] {day, orderId, day};
    }

    private void update(long id, long expectedVersion, String set, Object... values) {
        var args = new ArrayList<Object>(List.of(values));
        args.add(id);
        args.add(currentUser.requireOrderId());
        args.add(expectedVersion);
        int n = jdbc.update("UPDATE finance_charge SET " + set + ", version = version + 1 WHERE id = ? AND order_id = ? AND version = ?",
                args.toArray());
        if (n == 0) {
            throw new ObjectOptimisticLockingFailureException("charge", id);
        }
    }

    private static String trimmed(String text, int max, String tooLongKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new ServiceException(tooLongKey, max);
        }
        return t;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A charge chosen on the page, with the version the user saw and a label for the outcome. */
    public record Target(long id, long version, String label) {}
}
