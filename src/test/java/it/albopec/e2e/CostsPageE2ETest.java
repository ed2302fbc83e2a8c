package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import it.albopec.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The finance staff's pages in a real Chromium, in Italian (Prato, whose Order pays every mailbox) and German
 * (Bolzano, whose members pay): the charges with their total, and the budget with its chart. Screenshots under
 * target/screenshots/costs-*.png and budget-*.png.
 */
class CostsPageE2ETest extends BrowserTest {

    /** The grids fill the window: a screenshot of the window as the user sees it. */
    private static void viewport(Page page, String name) {
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/" + name)));
    }

    @Test
    void pratosChargesAndBudgetInItalian() {
        try (BrowserContext context = newContext(1600, 1000)) {
            Page page = signIn(context, "finance.po", "it");
            page.navigate(url("costs"));
            page.locator(".charges-grid").waitFor();
            page.getByText("Segna pagati i selezionati").first().waitFor();
            page.waitForTimeout(1500);
            assertThat(page.locator(".costs-summary").textContent()).contains("addebiti · totale").contains("€");
            viewport(page, "costs-po-it.png");

            page.navigate(url("costs/budget"));
            page.locator(".budget-chart svg").waitFor();
            assertThat(page.locator(".budget-rule").textContent()).contains("all'esercizio in cui scade il pagamento");
            page.waitForTimeout(1000);
            screenshot(page, "budget-po-it.png");

            page.navigate(url("costs/risk"));
            page.locator(".risk-grid").waitFor();
            page.waitForTimeout(1000);
            viewport(page, "risk-po-it.png");
        }
    }

    @Test
    void bolzanosChargesAndBudgetInGerman() {
        try (BrowserContext context = newContext(1600, 1000)) {
            Page page = signIn(context, "finance.bz", "de");
            page.navigate(url("costs"));
            page.locator(".charges-grid").waitFor();
            page.getByText("Ausgewählte als bezahlt markieren").first().waitFor();
            page.waitForTimeout(1500);
            assertThat(page.locator(".costs-summary").textContent()).contains("Belastungen · Summe");
            viewport(page, "costs-bz-de.png");

            page.navigate(url("costs/budget"));
            page.locator(".budget-chart svg").waitFor();
            assertThat(page.locator(".budget-rule").textContent()).contains("in dem die Zahlung fällig wird");
            page.waitForTimeout(1000);
            screenshot(page, "budget-bz-de.png");
        }
    }
}
