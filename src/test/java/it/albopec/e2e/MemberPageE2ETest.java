package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import it.albopec.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A demo member signs in on a 360-px phone with their codice fiscale (typed in lower case, with spaces) and reads where
 * their PEC stands, in Italian and (Bolzano) in German; the page has no horizontal scrolling and axe-core finds no
 * WCAG 2.1 A/AA violation. Screenshots: target/screenshots/me-it-360.png, me-de-360.png.
 */
class MemberPageE2ETest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired JdbcTemplate jdbc;

    @Test
    void pratosDemoMemberReadsTheirStatusInItalianOnAPhone() {
        try (BrowserContext context = newContext(360, 780)) {
            Page page = signInAsMember(context, demoMember("PO"), "it");
            assertThat(page.locator(".me-state").textContent()).startsWith("Attiva fino al");
            assertThat(page.locator("h1").textContent()).isEqualTo("La mia PEC");
            assertThat(page.getByText("Codice convenzione: OMCEO-PO-0035").isVisible()).isTrue();
            checkPhoneAndAccessibility(page);
            screenshot(page, "me-it-360.png");
        }
    }

    @Test
    void bolzanosGermanReadingDemoMemberReadsTheirStatusInGerman() {
        try (BrowserContext context = newContext(360, 780)) {
            Page page = signInAsMember(context, demoMember("BZ"), "it");
            assertThat(page.locator(".me-state").textContent()).startsWith("Aktiv bis");
            assertThat(page.locator("h1").textContent()).isEqualTo("Meine PEC");
            checkPhoneAndAccessibility(page);
            screenshot(page, "me-de-360.png");
        }
    }

    private void checkPhoneAndAccessibility(Page page) {
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        var sb = new StringBuilder("axe-core violations: ");
        for (Rule rule : violations) {
            sb.append("\n").append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().forEach(node -> sb.append("\n   ").append(node.getTarget()).append(" ").append(node.getFailureSummary()));
        }
        return sb.toString();
    }

    /** The demo member of the Order with an active mailbox (the first created there). */
    private String demoMember(String province) {
        return jdbc.queryForObject("SELECT u.username FROM app_user u JOIN medical_order o ON o.id = u.order_id WHERE u.role = 'MEMBER' "
                + "AND o.province_code = ? ORDER BY u.id LIMIT 1", String.class, province);
    }

    private Page signInAsMember(BrowserContext context, String fiscalCode, String language) {
        context.addCookies(List.of(new Cookie("albopec-lang", language).setDomain("localhost").setPath("/")));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(url("login"));
        page.locator("input[name=username]").waitFor();
        screenshot(page, "login-360-" + language + ".png");
        String typed = fiscalCode.substring(0, 6).toLowerCase() + " " + fiscalCode.substring(6, 11).toLowerCase() + " " + fiscalCode.substring(11);
        page.locator("input[name=username]").fill(typed);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.locator(".me-state").waitFor();
        // the dashboard the login leads to forwards a member to their page; the address bar follows
        page.waitForURL("**/me");
        return page;
    }
}
