package it.albopec.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * A real Chromium for the end-to-end tests: Debian's {@code /usr/bin/chromium} (or {@code ALBOPEC_CHROMIUM})
 * when present; otherwise Playwright installs its own Chromium on first use, so the tests also run on a
 * laptop with internet access and no system browser.
 */
public final class Browser {

    public static final List<String> HEADLESS_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Browser() {}

    public static Optional<Path> systemChromium() {
        return Stream.of(System.getenv("ALBOPEC_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> p != null && !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static Playwright playwright() {
        var options = new Playwright.CreateOptions();
        if (systemChromium().isPresent()) {
            options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        return Playwright.create(options);
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(HEADLESS_FLAGS);
        systemChromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }
}
