package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import it.albopec.testsupport.AlboPecTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The conventions page in a real Chromium, in Italian and German, with screenshots under target/screenshots. */
@AlboPecTest
class ConventionPageE2ETest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = it.albopec.testsupport.Browser.playwright();
        browser = it.albopec.testsupport.Browser.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    private Page signIn(BrowserContext context, String user, String language) {
        context.addCookies(List.of(new Cookie("albopec-lang", language).setDomain("localhost").setPath("/")));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.locator(".order-name").waitFor();
        page.navigate("http://localhost:" + port + "/conventions");
        page.locator(".convention-rules").waitFor();
        return page;
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/" + name)));
    }

    @Test
    void bolzanosConventionInItalian() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = signIn(context, "admin.bz", "it");
            assertThat(page.locator("h2").first().textContent()).isEqualTo("Convenzione OMCEO-BZ-0041");
            page.getByText("ATTENZIONE: NON cliccare sopra a DISABILITA").first().waitFor();
            shoot(page, "conventions-bz-it.png");

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
            Page page = signIn(context, "finance.bz", "de");
            page.getByText("NICHT auf DISABILITA").first().waitFor();
            shoot(page, "conventions-bz-de.png");
        }
    }

    @Test
    void pratosConventionWithItsFeeToBeSet() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = signIn(context, "admin.po", "it");
            page.getByText("da impostare").first().waitFor();
            shoot(page, "conventions-po-it.png");
        }
    }

    @Test
    void foggiasConventionAndItsEditor() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2300))) {
            Page page = signIn(context, "admin.fg", "it");
            page.getByText("via fax al 0575/862026").first().waitFor();
            shoot(page, "conventions-fg-it.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Modifica").setExact(true)).click();
            page.getByText("Requisiti per l'iscritto").first().waitFor();
            page.setViewportSize(1366, 1300);
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/conventions-fg-editor-it.png")));
        }
    }
}
