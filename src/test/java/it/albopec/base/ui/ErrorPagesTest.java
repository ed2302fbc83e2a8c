package it.albopec.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import it.albopec.testsupport.HttpUser;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Errors people understand (issue 11, point 9): a path that does not exist and a page the user may not open show the
 * application's own page, inside the layout, in the user's language, with a way back.
 */
class ErrorPagesTest extends UiTest {

    @LocalServerPort
    int port;

    private void open(String location) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException shownAsErrorPage) {
            // the browserless router may rethrow after rendering the error view
        }
    }

    @Test
    @WithUserDetails("admin.po")
    void anUnknownPathShowsTheApplicationsNotFoundPageInsideTheLayout() {
        open("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundPage.class);
        assertThat(UI.getCurrent().getActiveRouterTargetsChain()).anyMatch(MainLayout.class::isInstance);
        assertThat($(H1.class).single().getText()).isEqualTo("Pagina non trovata");
        assertThat($(Paragraph.class).withClassName("error-page-text").single().getText()).startsWith("La pagina /no-such-page non esiste");
        assertThat($(RouterLink.class).withClassName("error-page-home").single().getHref()).isEmpty(); // the dashboard, ""
        assertThat($(Button.class).withText("Torna indietro").all()).hasSize(1);
        assertThat(getCurrentView().getElement().getText() + $(Paragraph.class).single().getText()).doesNotContain("Could not navigate");
    }

    @Test
    @WithUserDetails("finance.po")
    void aPageTheRoleMayNotOpenIsRefusedByTheApplicationsOwnPage() {
        open("audit");
        assertThat(getCurrentView()).isInstanceOfAny(AccessDeniedPage.class, NotFoundPage.class);
        assertThat(UI.getCurrent().getActiveRouterTargetsChain()).anyMatch(MainLayout.class::isInstance);
        assertThat($(H1.class).single().getText()).isIn("Accesso non consentito", "Pagina non trovata");
        assertThat($(Paragraph.class).withClassName("error-page-text").single().getText()).contains("/audit").doesNotContain("Could not");
    }

    @Test
    @WithUserDetails("admin.bz")
    void theErrorPageSpeaksTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("gibt-es-nicht");
        assertThat($(H1.class).single().getText()).isEqualTo("Seite nicht gefunden");
        assertThat($(Button.class).withText("Zurück").all()).hasSize(1);
    }

    @Test
    void aSignedInUsersUnknownPathIsNotTheBrowsersBareRefusal() {
        HttpUser user = HttpUser.onPort(port);
        user.logIn("admin.po", "demo");
        HttpResponse<String> unknown = user.get("/no-such-page");
        assertThat(unknown.statusCode()).isNotEqualTo(403);
        assertThat(unknown.body()).doesNotContain("Could not navigate");
        // someone not signed in is still sent to the login page
        assertThat(HttpUser.location(HttpUser.onPort(port).get("/no-such-page"))).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }
}
