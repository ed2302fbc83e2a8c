package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import it.albopec.testsupport.BrowserTest;

/** The main journey in a real Chromium: the Italian login page, then Prato's dashboard; the login page on a phone. */
class SignInJourneyE2ETest extends BrowserTest {

    @Test
    void pratosAdminSignsInAndSeesPratosDashboard() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://localhost:" + port + "/");
            page.waitForURL("**/login");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accesso")).waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login.png")));

            page.getByLabel("Nome utente").fill("admin.po");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi")).click();

            page.locator(".order-name").waitFor();
            assertThat(page.locator(".order-name").textContent())
                    .isEqualTo("Ordine Provinciale dei Medici Chirurghi e degli Odontoiatri di Prato");
            assertThat(page.locator("h1").textContent()).isEqualTo("Cruscotto");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/dashboard-admin-po.png")));
        }
    }

    @Test
    void aWrongPasswordIsToldInItalian() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Nome utente").fill("admin.bz");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("sbagliata");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi")).click();
            page.getByText("Nome utente o password errati").waitFor();
        }
    }

    @Test
    void theLoginPageFitsA360PxPhoneWithoutScrollingSideways() {
        try (BrowserContext context = newContext(360, 780)) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(url("login"));
            page.locator("input[name=username]").waitFor();
            screenshot(page, "login-360.png");
            Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).as("no horizontal scrolling on a 360-px screen").isLessThanOrEqualTo(360);
            for (String part : List.of(".login-card", "input[name=username]", "input[name=password]", "vaadin-login-form vaadin-button")) {
                var box = page.locator(part).first().boundingBox();
                assertThat(box.x).as(part + " starts on the screen").isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as(part + " ends on the screen").isLessThanOrEqualTo(360);
            }
        }
    }
}
