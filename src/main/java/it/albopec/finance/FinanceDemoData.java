package it.albopec.finance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import it.albopec.base.DemoDataStep;
import it.albopec.security.DemoOrderFill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Renewal costs of the three demo Orders: Prato's and Foggia's fee (their instructions give none: a demo fee of
 * 17.08 EUR per 36 months, Bolzano's, set by the finance staff from 2020), the charges of every demo mailbox, and
 * most of the charges due more than two months ago paid by bank transfer — the rest stay overdue, the recent ones due.
 * Fixed seed, so every start shows the same picture.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class FinanceDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);
    static final LocalDate DEMO_FEE_FROM = LocalDate.of(2020, 1, 1);

    private final DemoOrderFill demoOrders;
    private final ChargeLedger ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FinanceDemoData(DemoOrderFill demoOrders, ChargeLedger ledger, JdbcTemplate jdbc, Clock clock) {
        this.demoOrders = demoOrders;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        demoOrders.eachUnfilled(this::hasFees, order -> populate(order.id(), order.province(), today, new Random(order.id() * 104_729L)));
    }

    private boolean hasFees(long orderId) {
        Long fees = jdbc.queryForObject("SELECT COUNT(*) FROM finance_fee WHERE order_id = ?", Long.class, orderId);
        return fees != null && fees > 0;
    }

    /** @return how many due charges it marked paid */
    private int populate(long orderId, String province, LocalDate today, Random random) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Map<String, Object> c : jdbc.queryForList("SELECT id, fee FROM convention WHERE order_id = ?", orderId)) {
            if (c.get("fee") == null) {
                long conventionId = ((Number) c.get("id")).longValue();
                jdbc.update("INSERT INTO finance_fee (order_id, convention_id, valid_from, fee, set_by, set_at) VALUES (?, ?, ?, 17.08, ?, ?)",
                        orderId, conventionId, Date.valueOf(DEMO_FEE_FROM), "finance." + province.toLowerCase(), now);
                ledger.applyFee(conventionId, DEMO_FEE_FROM);
            }
        }
        ledger.syncOrder(orderId);
        int paid = 0;
        for (Map<String, Object> charge : jdbc.queryForList("SELECT id, due_on FROM finance_charge WHERE order_id = ? AND state = 'DUE' "
                + "AND due_on < ? ORDER BY id", orderId, Date.valueOf(today.minusDays(60)))) {
            if (random.nextInt(100) < 75) {
                LocalDate dueOn = ((java.sql.Date) charge.get("due_on")).toLocalDate();
                jdbc.update("UPDATE finance_charge SET state = 'PAID', paid_on = ?, payment_reference = ?, settled_by = 'demo', "
                                + "version = version + 1 WHERE id = ?",
                        Date.valueOf(dueOn.minusDays(random.nextInt(25))), "Bonifico " + dueOn.getYear() + "/" + (100 + random.nextInt(900)),
                        charge.get("id"));
                paid++;
            }
        }
        log.info("Demo charges of {}: {} due charges paid, the rest overdue or due", province, paid);
        return paid;
    }
}
