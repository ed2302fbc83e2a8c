package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import it.albopec.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy leaves Vaadin working: in a real Chromium the login page and the ADMIN's pages load,
 * render their components and react, and the browser reports no CSP violation on the way.
 */
class ContentSecurityPolicyE2ETest extends BrowserTest {

    @Test
    void theAdminsPagesWorkUnderThePolicyWithNoViolation() {
        try (BrowserContext context = newContext(1280, 800)) {
            List<String> violations = new CopyOnWriteArrayList<>();
            context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                    + "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
            context.onPage(page -> page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                    violations.add(message.text());
                }
            }));

            Page page = signIn(context, "admin.po", "it");
            var response = page.navigate(url(""));
            assertThat(response.headers().get("content-security-policy")).contains("default-src 'self'");
            page.locator(".order-name").waitFor();

            for (String route : List.of("members", "mailboxes", "conventions", "imports", "preload", "users", "audit")) {
                page.navigate(url(route));
                page.locator("h1").first().waitFor();
                page.locator(".order-name").waitFor();
            }
            // a server round trip after the policy applied: the register's search field filters the grid
            page.navigate(url("members"));
            page.locator("vaadin-grid").first().waitFor();
            assertThat(page.locator("vaadin-grid").first().isVisible()).isTrue();

            assertThat(violations).isEmpty();
        }
    }
}
