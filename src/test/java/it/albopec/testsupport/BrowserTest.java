package it.albopec.testsupport;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser journeys: one headless Chromium per test class on the running app, sign-in as a
 * demo user in a chosen language, and full-page screenshots under {@code target/screenshots/}.
 */
@AlboPecTest
public abstract class BrowserTest {

    protected static Playwright playwright;
    protected static com.microsoft.playwright.Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected BrowserContext newContext(int width, int height) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** Signs in through the login page, in the given UI language ("it", "de", "en"), and waits for the layout. */
    protected Page signIn(BrowserContext context, String user, String language) {
        context.addCookies(List.of(new Cookie("albopec-lang", language).setDomain("localhost").setPath("/")));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.locator(".order-name").waitFor();
        return page;
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/" + name)));
    }
}
