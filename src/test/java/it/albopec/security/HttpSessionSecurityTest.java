package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.HttpUser;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * The session rules of DESIGN.md checked over real HTTP against the running app, the way a browser (or an
 * attacker) sees them: a new session id at login, no access with a session id after logout, secure headers
 * on every page, idle timeout 30 minutes.
 */
@AlboPecTest
class HttpSessionSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    Environment environment;

    @Autowired
    it.albopec.testsupport.SignIn signIn;

    @Autowired
    UserAdministration administration;

    @Test
    void loginAnswersWithANewSessionId() {
        HttpUser user = HttpUser.onPort(port);
        user.get("/login");
        String before = user.sessionId();
        assertThat(before).isNotBlank();

        HttpResponse<String> login = user.logIn("finance.fg", "demo");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(HttpUser.location(login)).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        assertThat(user.sessionId()).isNotBlank().isNotEqualTo(before);
        assertThat(user.get("/").statusCode()).isEqualTo(200);
        // The id from before the login (which an attacker may have planted) gives no access.
        assertThat(HttpUser.location(HttpUser.onPort(port).withSessionId(before).get("/")))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void aWrongPasswordSignsNobodyIn() {
        HttpUser user = HttpUser.onPort(port);
        HttpResponse<String> login = user.logIn("admin.fg", "not-the-password");

        assertThat(HttpUser.location(login)).hasValueSatisfying(url -> assertThat(url).contains("/login?error"));
        assertThat(HttpUser.location(user.get("/"))).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void afterLogoutTheOldSessionIdGivesNoAccess() {
        HttpUser user = HttpUser.onPort(port);
        user.logIn("admin.bz", "demo");
        String signedIn = user.sessionId();
        assertThat(user.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = user.logOut();

        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> replay = HttpUser.onPort(port).withSessionId(signedIn).get("/");
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(HttpUser.location(replay)).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtTheNextRequest() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("sessione.po", "Sessione", null, AppRoles.FINANCE));
        HttpUser user = HttpUser.onPort(port);
        assertThat(HttpUser.location(user.logIn("sessione.po", created.temporaryPassword())))
                .hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        assertThat(user.get("/").statusCode()).as("signed in").isEqualTo(200);

        administration.setEnabled(created.user().id(), created.user().version(), false);
        signIn.out();

        HttpResponse<String> next = user.get("/");
        assertThat(next.statusCode()).as("the old session cookie gives no access").isEqualTo(302);
        assertThat(HttpUser.location(next)).hasValueSatisfying(url -> assertThat(url).contains("/login"));
        assertThat(HttpUser.location(HttpUser.onPort(port).logIn("sessione.po", created.temporaryPassword())))
                .as("nor can the user sign in again").hasValueSatisfying(url -> assertThat(url).contains("error"));
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() {
        HttpUser user = HttpUser.onPort(port);
        user.logIn("finance.bz", "demo");

        HttpResponse<String> forged = user.post("/logout", java.util.Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(user.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryTheSecureHeaders() {
        HttpUser user = HttpUser.onPort(port);
        assertSecureHeaders(user.get("/login"));
        user.logIn("admin.po", "demo");
        assertSecureHeaders(user.get("/"));
        assertSecureHeaders(user.get("/users"));
    }

    @Test
    void idleSessionsEndAfterThirtyMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        // Vaadin's heartbeat alone must not keep an idle UI's session alive.
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    private static void assertSecureHeaders(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff on " + page.uri()).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as("framing on " + page.uri()).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as("referrer on " + page.uri()).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).as("caching on " + page.uri())
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        // the Content-Security-Policy: this origin only, no framing, no plugins (Vaadin's pages still work: ContentSecurityPolicyE2ETest)
        assertThat(headers.firstValue("Content-Security-Policy")).as("CSP on " + page.uri()).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")
                .doesNotContain("*", "http:", "https:"));
    }
}
