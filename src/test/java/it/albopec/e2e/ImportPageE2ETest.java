package it.albopec.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.spreadsheet.SheetFiles;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The imports page in a real Chromium: upload a register, see the preview; screenshot under target/screenshots. */
@AlboPecTest
class ImportPageE2ETest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired MemberService members;
    @Autowired SignIn signIn;

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

    @Test
    void aSecretaryUploadsTheRegisterAndSeesThePreview() throws Exception {
        Path file = registerFile();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1750))) {
            context.addCookies(List.of(new Cookie("albopec-lang", "it").setDomain("localhost").setPath("/")));
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name=username]").fill("admin.po");
            page.locator("input[name=password]").fill("demo");
            page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
            page.locator(".order-name").waitFor();
            page.navigate("http://localhost:" + port + "/imports");
            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            page.getByText("Anteprima (nessuna modifica)").waitFor();
            page.getByText("Anteprima (nessuna modifica)").click();
            page.locator(".import-rows").waitFor();
            page.getByText("Righe: 6").waitFor();
            Path shot = Path.of("target/screenshots/imports-preview.png");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shot));
            assertThat(Files.size(shot)).isPositive();
            assertThat(page.locator(".import-rows").innerText()).contains("Non valido");
        }
    }

    private Path registerFile() throws Exception {
        signIn.as("admin.po");
        try {
            MemberForm changed = TestMembers.physician("Baldini", "Sergio", LocalDate.of(2009, 6, 12));
            changed.setEmail("sergio.baldini@vecchio.it");
            members.create(changed);
            var rows = new ArrayList<Object[]>();
            Object[] c = SheetFiles.row(changed);
            c[9] = "sergio.baldini@nuovo.it";
            rows.add(c);
            for (String[] name : new String[][] {{"Rinaldi", "Chiara"}, {"D'Amico", "Niccolò"}, {"Fantoni", "Irene"}}) {
                rows.add(SheetFiles.row(TestMembers.physician(name[0], name[1], LocalDate.of(2014, 10, 1))));
            }
            Object[] badDate = SheetFiles.row(TestMembers.physician("Guidi", "Paola", LocalDate.of(2014, 10, 1)));
            badDate[4] = "31/02/1980";
            rows.add(badDate);
            Object[] wrongCode = SheetFiles.row(TestMembers.physician("Lenzi", "Marco", LocalDate.of(2014, 10, 1)));
            wrongCode[0] = "Bartoli";
            wrongCode[3] = "Femmina";
            rows.add(wrongCode);
            Path dir = Files.createDirectories(Path.of("target/e2e-files"));
            return SheetFiles.xlsx(dir, "albo-ottobre.xlsx", SheetFiles.HEADERS, rows);
        } finally {
            signIn.out();
        }
    }
}
