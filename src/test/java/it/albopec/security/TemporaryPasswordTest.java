package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import it.albopec.base.ServiceException;
import it.albopec.base.ui.DashboardView;
import it.albopec.security.ui.ChangePasswordView;
import com.vaadin.flow.component.UI;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Passwords only their owners know: a password an ADMIN or the operator chose is temporary, its user reaches no page but
 * "Cambia password" until they have chosen their own (NIST SP 800-63B rules), and from then on only they know it.
 */
class TemporaryPasswordTest extends UiTest {

    @Autowired UserAdministration administration;
    @Autowired PasswordChange passwords;
    @Autowired AppUserRepository users;
    @Autowired AuthenticationProvider login;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void aColleaguesTemporaryPasswordLeadsOnlyToChoosingTheirOwn() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("nuova.po", "Nuova Collega", null, AppRoles.FINANCE));
        signIn.as("nuova.po");
        assertThat(passwords.mustChangePassword()).isTrue();
        cleanVaadinEnvironment();
        initVaadinEnvironment(); // the UI of the user now signed in

        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).as("any page leads to the password page").isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("members");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("password-temporary").single().getText())
                .contains("temporanea");

        test($(PasswordField.class).withCaption("Password attuale").single()).setValue(created.temporaryPassword());
        test($(PasswordField.class).withCaption("Nuova password").single()).setValue("Il mio gatto dorme sul divano");
        test($(PasswordField.class).withCaption("Ripeta la nuova password").single()).setValue("Il mio gatto dorme sul divano");
        test($(Button.class).withText("Cambia password").single()).click();

        assertThat(passwords.mustChangePassword()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(signsIn("nuova.po", created.temporaryPassword(), "10.90.0.1")).as("the ADMIN's password no longer works").isFalse();
        assertThat(signsIn("nuova.po", "Il mio gatto dorme sul divano", "10.90.0.2")).isTrue();
    }

    @Test
    void aPasswordResetByAnAdminAndTheFirstAdminsPasswordAreTemporary() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("reset.po", "Da Reimpostare", null, AppRoles.FINANCE));
        jdbc.update("UPDATE app_user SET password_temporary = FALSE WHERE username = 'reset.po'");
        administration.resetPassword(created.user().id());
        assertThat(users.findByUsername("reset.po").orElseThrow().isPasswordTemporary()).isTrue();

        signIn.as("operator");
        long foggia = jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = 'FG'", Long.class);
        administration.createFirstAdmin(foggia, new UserAdministration.NewUser("primo.fg", "Primo Admin", null, AppRoles.ADMIN), "scelta-dall-operatore");
        assertThat(users.findByUsername("primo.fg").orElseThrow().isPasswordTemporary()).isTrue();
    }

    @Test
    void theNewPasswordFollowsTheRules() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("regole.po", "Regole", null, AppRoles.FINANCE));
        signIn.as("regole.po");
        String current = created.temporaryPassword();

        assertThat(refusal(() -> passwords.changeOwnPassword("not-mine", "Una frase abbastanza lunga", "Una frase abbastanza lunga")))
                .isEqualTo("security.password.error.current");
        assertThat(refusal(() -> passwords.changeOwnPassword(current, "corta", "corta"))).isEqualTo("security.password.error.short");
        assertThat(refusal(() -> passwords.changeOwnPassword(current, "xx-REGOLE.po-xx", "xx-REGOLE.po-xx"))).isEqualTo("security.password.error.username");
        assertThat(refusal(() -> passwords.changeOwnPassword(current, "Password1234", "Password1234"))).isEqualTo("security.password.error.common");
        assertThat(refusal(() -> passwords.changeOwnPassword(current, "zzzzzzzzzzzzzz", "zzzzzzzzzzzzzz"))).isEqualTo("security.password.error.common");
        assertThat(refusal(() -> passwords.changeOwnPassword(current, "Una frase abbastanza lunga", "Un'altra frase lunga"))).isEqualTo("security.password.error.repeat");
        assertThat(refusal(() -> passwords.changeOwnPassword(current, current, current))).isEqualTo("security.password.error.same");
        assertThat(passwords.mustChangePassword()).as("nothing changed").isTrue();

        passwords.changeOwnPassword(current, "Una frase abbastanza lunga", "Una frase abbastanza lunga");
        assertThat(users.findByUsername("regole.po").orElseThrow().isPasswordTemporary()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().isAuthenticated()).isTrue();
    }

    @Test
    void nobodySignedInChangesNoPassword() {
        signIn.out();
        assertThatThrownBy(() -> passwords.changeOwnPassword("a", "Una frase abbastanza lunga", "Una frase abbastanza lunga"))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private boolean signsIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        try {
            return login.authenticate(token).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (ServiceException e) {
            return e.messageKey();
        }
        return "accepted";
    }
}
