package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import it.albopec.testsupport.BrowserTest;

/** The main journey in a real Chromium: the Italian login page, then Prato's dashboard. */
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
}
