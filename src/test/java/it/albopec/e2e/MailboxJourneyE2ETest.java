package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import it.albopec.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** The secretariat's daily round in a real Chromium: the dashboard's figures, the mailboxes at risk, one mailbox. */
class MailboxJourneyE2ETest extends BrowserTest {

    @Test
    void pratoFollowsTheMailboxesAtRiskFromTheDashboard() {
        try (BrowserContext context = newContext(1400, 900)) {
            Page page = signIn(context, "admin.po", "it");
            page.locator("svg").first().waitFor();
            assertThat(page.getByText("Iscritti senza PEC valida").count()).isEqualTo(1);
            screenshot(page, "dashboard-po-it.png");

            page.navigate(url("mailboxes?risk"));
            page.locator("vaadin-grid").waitFor();
            page.getByText("Casella", new Page.GetByTextOptions().setExact(true)).first().waitFor();
            page.waitForTimeout(1000);
            screenshot(page, "mailboxes-at-risk-po-it.png");

            page.navigate(url("mailboxes?testmissing"));
            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("@pec.omceo.it"))
                    .first().click();
            page.getByText("Storia della casella").waitFor();
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/mailbox-dialog-po-it.png")));
        }
    }

    @Test
    void bolzanoReadsItsMailboxesAndListsInGerman() {
        try (BrowserContext context = newContext(1400, 900)) {
            Page page = signIn(context, "admin.bz", "de");
            page.locator("svg").first().waitFor();
            assertThat(page.locator("h1").first().textContent()).isEqualTo("Übersicht");
            screenshot(page, "dashboard-bz-de.png");

            page.navigate(url("preload"));
            page.getByText("An den Anbieter gesendete Listen").waitFor();
            screenshot(page, "preload-bz-de.png");
        }
    }
}
