package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.albopec.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** Prato's secretariat looks a member up in the register, opens the record and the audit log, in a real Chromium. */
class MemberRegisterJourneyE2ETest extends BrowserTest {

    @Test
    void theSecretariatFindsAMemberAndOpensTheRecord() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Nome utente").fill("admin.po");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi")).click();
            page.locator(".order-name").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/members-dashboard.png")));

            page.navigate("http://localhost:" + port + "/members");
            page.locator("vaadin-grid").waitFor();
            page.locator(".member-count").waitFor();
            assertThat(page.locator(".member-count").textContent()).endsWith("iscritti trovati");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/members-list.png")));

            page.getByLabel("Cerca").fill("Ros");
            page.waitForTimeout(1500);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/members-search.png")));
            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ros")).first().click();
            page.waitForURL("**/members/*");
            page.getByText("Storia dello stato").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/member-detail.png")).setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Modifica dati")).click();
            page.getByText("Compila dal codice fiscale").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/member-edit.png")));
            page.keyboard().press("Escape");

            page.navigate("http://localhost:" + port + "/audit");
            page.locator("vaadin-grid").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit.png")));
        }
    }
}
