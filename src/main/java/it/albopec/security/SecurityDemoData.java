package it.albopec.security;

import java.util.List;
import java.util.Map;

import it.albopec.base.DemoDataStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo logins (password {@code demo}), printed at start-up. Runs after the order module has created
 * the three Orders; it finds them through {@link DemoOrders}.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class SecurityDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(SecurityDemoData.class);
    static final String PASSWORD = "demo";

    private final UserAdministration users;
    private final List<DemoOrders> demoOrders;

    SecurityDemoData(UserAdministration users, List<DemoOrders> demoOrders) {
        this.users = users;
        this.demoOrders = demoOrders;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        users.ensureUser("operator", PASSWORD, "Operatore della piattaforma", AppRoles.OPERATOR, null);
        var sb = new StringBuilder("\n\n  Albo PEC demo logins (password: demo)\n  -------------------------------------\n");
        sb.append(String.format("  %-12s %-9s %s%n", "operator", AppRoles.OPERATOR, "piattaforma"));
        for (DemoOrders orders : demoOrders) {
            for (Map.Entry<String, Long> order : orders.demoOrderIds().entrySet()) {
                String code = order.getKey().toLowerCase(java.util.Locale.ROOT);
                users.ensureUser("admin." + code, PASSWORD, "Segreteria " + order.getKey(), AppRoles.ADMIN, order.getValue());
                users.ensureUser("finance." + code, PASSWORD, "Ufficio economato " + order.getKey(), AppRoles.FINANCE, order.getValue());
                sb.append(String.format("  %-12s %-9s OMCeO %s%n", "admin." + code, AppRoles.ADMIN, order.getKey()));
                sb.append(String.format("  %-12s %-9s OMCeO %s%n", "finance." + code, AppRoles.FINANCE, order.getKey()));
            }
        }
        log.info(sb.toString());
    }
}
