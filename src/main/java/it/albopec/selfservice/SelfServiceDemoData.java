package it.albopec.selfservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albopec.base.DemoDataStep;
import it.albopec.security.DemoLogins;
import it.albopec.security.DemoOrders;
import it.albopec.security.MemberAccounts;
import it.albopec.security.MemberIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo members who can sign in (password {@code demo}), in each Order: one with an active mailbox (in Prato one
 * whose test message has not arrived yet), one whose mailbox expires soon, one without a mailbox (registered after
 * the last list sent to the provider); in Bolzano the one with the active mailbox reads German. Chosen from the demo
 * register by these rules, so the same members on every start; listed in the log and on the login page.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class SelfServiceDemoData implements DemoDataStep, DemoLogins {

    private static final Logger log = LoggerFactory.getLogger(SelfServiceDemoData.class);
    private static final String COLUMNS = "SELECT m.id, m.fiscal_code, m.given_name, m.surname, m.email FROM member m ";

    private final List<DemoOrders> demoOrders;
    private final MemberAccounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<String> logins = new ArrayList<>();

    SelfServiceDemoData(List<DemoOrders> demoOrders, MemberAccounts accounts, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.demoOrders = demoOrders;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        logins.clear();
        var sb = new StringBuilder("\n\n  Albo PEC demo members (user name: codice fiscale, password: demo)\n  ----------------------------------------------------------------\n");
        for (DemoOrders orders : demoOrders) {
            for (Map.Entry<String, Long> order : orders.demoOrderIds().entrySet()) {
                long orderId = order.getValue();
                boolean bolzano = "BZ".equals(order.getKey());
                add(order.getKey(), "active", bolzano ? "de" : "it", orderId, COLUMNS + "JOIN mailbox b ON b.member_id = m.id "
                        + "WHERE m.order_id = ? AND m.status = 'ACTIVE' AND m.email IS NOT NULL AND b.state = 'ACTIVE' "
                        + "ORDER BY (b.test_message_required AND b.test_message_received_on IS NULL) DESC, m.id LIMIT 1", sb);
                add(order.getKey(), "expiring", "it", orderId, COLUMNS + "JOIN mailbox b ON b.member_id = m.id "
                        + "WHERE m.order_id = ? AND m.status = 'ACTIVE' AND m.email IS NOT NULL AND b.state = 'EXPIRING' "
                        + "ORDER BY b.expires_on, m.id LIMIT 1", sb);
                add(order.getKey(), "noMailbox", "it", orderId, COLUMNS + "WHERE m.order_id = ? AND m.status = 'ACTIVE' AND m.email IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM mailbox b WHERE b.member_id = m.id) ORDER BY m.registration_date DESC, m.id LIMIT 1", sb);
            }
        }
        log.info(sb.toString());
    }

    private void add(String province, String kind, String language, long orderId, String query, StringBuilder sb) {
        jdbc.query(query, rs -> {
            var identity = new MemberIdentity(orderId, rs.getLong("id"), rs.getString("fiscal_code"),
                    rs.getString("given_name") + " " + rs.getString("surname"), rs.getString("email"));
            transaction.executeWithoutResult(tx -> accounts.ensureDemoAccount(identity, "demo", language));
            String label = province + " · " + switch (kind) {
                case "active" -> "de".equals(language) ? "casella attiva, legge in tedesco" : "casella attiva";
                case "expiring" -> "casella in scadenza";
                default -> "senza casella";
            };
            logins.add(identity.fiscalCode() + " (" + label + ")");
            sb.append(String.format("  %-16s %s%n", identity.fiscalCode(), label));
        }, orderId);
    }

    @Override
    public List<String> demoLogins() {
        return List.copyOf(logins);
    }
}
