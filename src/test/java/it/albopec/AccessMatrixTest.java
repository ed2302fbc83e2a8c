package it.albopec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.UiTest;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route of the application (read from Vaadin's route registry, so a new view is covered without
 * anyone remembering it) against every kind of user: anonymous, the operator, an Order's ADMIN and
 * FINANCE. A route without a rule here fails the test.
 */
class AccessMatrixTest extends UiTest {

    static final String ANONYMOUS = "anonymous";
    /** A demo member of Prato (issue 13); their user name is their codice fiscale, looked up in {@link #opens}. */
    static final String MEMBER = "member.po";
    static final List<String> USERS = List.of(ANONYMOUS, "operator", "admin.po", "finance.po", MEMBER);

    /** Route template → the users who may open it. */
    static final Map<String, Set<String>> RULES = new LinkedHashMap<>();
    /** Route template with parameters → a concrete location to open (e.g. a Prato member's id). */
    static final Map<String, String> SAMPLE_LOCATIONS = new LinkedHashMap<>();
    /** The template of {@code MemberDetailView}: "members" with its Long parameter. */
    static final String MEMBER_DETAIL = "members/:___url_parameter(" + com.vaadin.flow.router.RouteParameterRegex.LONG + ")";

    static {
        RULES.put("login", Set.copyOf(USERS));
        RULES.put("", Set.of("operator", "admin.po", "finance.po"));
        RULES.put("orders", Set.of("operator"));
        RULES.put("users", Set.of("admin.po"));
        RULES.put("members", Set.of("admin.po", "finance.po"));
        RULES.put(MEMBER_DETAIL, Set.of("admin.po", "finance.po"));
        RULES.put("audit", Set.of("admin.po"));
        RULES.put("conventions", Set.of("admin.po", "finance.po"));
        RULES.put("providers", Set.of("operator", "admin.po", "finance.po"));
        RULES.put("mailboxes", Set.of("admin.po", "finance.po"));
        RULES.put("preload", Set.of("admin.po", "finance.po"));
        RULES.put("imports", Set.of("admin.po"));
        RULES.put("inipec", Set.of("admin.po"));
        // finance (issue 12): FINANCE edits, ADMIN reads
        for (String costs : List.of("costs", "costs/budget", "costs/risk", "costs/fees", "costs/invoices")) {
            RULES.put(costs, Set.of("admin.po", "finance.po"));
        }
        RULES.put("me", Set.of(MEMBER));
        RULES.put("set-password", Set.copyOf(USERS));
        RULES.put("password-reset", Set.copyOf(USERS));
        RULES.put("member-accounts", Set.of("admin.po"));
        RULES.put("notifications", Set.of("admin.po"));
        RULES.put("password", Set.of("operator", "admin.po", "finance.po"));
        RULES.put("compliance", Set.of("admin.po", "finance.po"));
    }

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void sampleMember() {
        Long prato = jdbc.queryForObject("SELECT MIN(m.id) FROM member m JOIN medical_order o ON o.id = m.order_id "
                + "WHERE o.province_code = 'PO'", Long.class);
        SAMPLE_LOCATIONS.put(MEMBER_DETAIL, "members/" + prato);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void everyRouteAllowsExactlyTheRolesItsRuleNames() {
        assertThat(problems(RULES)).isEmpty();
    }

    @Test
    void aRouteWithoutARuleFailsTheMatrix() {
        RouteConfiguration.forApplicationScope().setRoute("unruled-view", UnruledView.class);
        try {
            assertThat(problems(RULES)).contains("route 'unruled-view' has no access rule in AccessMatrixTest");
        } finally {
            RouteConfiguration.forApplicationScope().removeRoute("unruled-view");
        }
    }

    List<String> problems(Map<String, Set<String>> rules) {
        List<String> problems = new ArrayList<>();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            Set<String> allowed = rules.get(template);
            if (allowed == null) {
                problems.add("route '" + template + "' has no access rule in AccessMatrixTest");
                continue;
            }
            for (String user : USERS) {
                boolean opened = opens(user, SAMPLE_LOCATIONS.getOrDefault(template, template), route.getNavigationTarget());
                if (opened != allowed.contains(user)) {
                    problems.add(user + (opened ? " opened " : " was refused ") + "'" + template + "'");
                }
            }
        }
        return problems;
    }

    private boolean opens(String user, String location, Class<?> target) {
        if (ANONYMOUS.equals(user)) {
            signIn.out();
        } else if (MEMBER.equals(user)) {
            signIn.as(jdbc.queryForObject("SELECT u.username FROM app_user u JOIN medical_order o ON o.id = u.order_id "
                    + "WHERE u.role = 'MEMBER' AND o.province_code = 'PO' ORDER BY u.id LIMIT 1", String.class));
        } else {
            signIn.as(user);
        }
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException refused) {
            return false;
        }
        return target.isInstance(getCurrentView());
    }

    @PermitAll
    @Route(value = "unruled-view-template", registerAtStartup = false)
    public static class UnruledView extends Div {}
}
