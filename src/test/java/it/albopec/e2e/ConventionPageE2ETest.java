package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import it.albopec.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** The conventions page in a real Chromium, in Italian and German, with screenshots under target/screenshots. */
class ConventionPageE2ETest extends BrowserTest {

    private Page openConventions(BrowserContext context, String user, String language) {
        Page page = signIn(context, user, language);
        page.navigate(url("conventions"));
        page.locator(".convention-rules").waitFor();
        return page;
    }

    @Test
    void bolzanosConventionInItalian() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = openConventions(context, "admin.bz", "it");
            assertThat(page.locator("h2").first().textContent()).isEqualTo("Convenzione OMCEO-BZ-0041");
            page.getByText("ATTENZIONE: NON cliccare sopra a DISABILITA").first().waitFor();
            screenshot(page, "conventions-bz-it.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disattiva").setExact(true)).click();
            page.getByText("Disattivare la convenzione OMCEO-BZ-0041?").first().waitFor();
            page.setViewportSize(1366, 900);
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/conventions-bz-disable-it.png")));
        }
    }

    @Test
    void bolzanosConventionInGerman() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = openConventions(context, "finance.bz", "de");
            page.getByText("NICHT auf DISABILITA").first().waitFor();
            screenshot(page, "conventions-bz-de.png");
        }
    }

    @Test
    void pratosConventionWithItsFeeToBeSet() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = openConventions(context, "admin.po", "it");
            page.getByText("da impostare").first().waitFor();
            screenshot(page, "conventions-po-it.png");
        }
    }

    @Test
    void foggiasConventionAndItsEditor() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = openConventions(context, "admin.fg", "it");
            page.getByText("via fax al 0575/862026").first().waitFor();
            screenshot(page, "conventions-fg-it.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Modifica").setExact(true)).click();
            page.getByText("Requisiti per l'iscritto").first().waitFor();
            page.setViewportSize(1366, 1300);
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/conventions-fg-editor-it.png")));
        }
    }
}
