package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import it.albopec.base.ModuleTranslations;
import it.albopec.base.ServiceException;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Nobody learns which user names exist elsewhere or which accounts are disabled: an ADMIN choosing a name that another
 * Order uses gets the same neutral message as for a name of their own Order, and a disabled account with a wrong password
 * is refused with the same answer after the same work (one password hash) as any wrong password or unknown name.
 */
@AlboPecTest
class NoEnumerationTest {

    @Autowired UserAdministration administration;
    @Autowired AppUserRepository users;
    @Autowired AppUserDetailsService userDetails;
    @Autowired LoginThrottle throttle;
    @Autowired PasswordEncoder encoder;
    @Autowired ModuleTranslations translations;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void aNameOfAnotherOrderGetsTheSameNeutralMessageAsOneOfTheOwnOrder() {
        signIn.as("admin.po");
        ServiceException otherOrder = refusal(() -> administration.createStaffUser(
                new UserAdministration.NewUser("finance.fg", "Chi", null, AppRoles.FINANCE)));
        ServiceException ownOrder = refusal(() -> administration.createStaffUser(
                new UserAdministration.NewUser("finance.po", "Chi", null, AppRoles.FINANCE)));

        assertThat(otherOrder.messageKey()).isEqualTo(ownOrder.messageKey());
        for (var locale : ModuleTranslations.LOCALES) {
            String message = translations.getTranslation(otherOrder.messageKey(), locale, otherOrder.arguments());
            assertThat(message).contains("finance.fg")
                    .doesNotContainIgnoringCase("in uso").doesNotContainIgnoringCase("vergeben").doesNotContainIgnoringCase("taken")
                    .doesNotContainIgnoringCase("exist").doesNotContainIgnoringCase("esiste").doesNotContainIgnoringCase("Ordine");
            assertThat(message.replace("finance.fg", "X"))
                    .isEqualTo(translations.getTranslation(ownOrder.messageKey(), locale, ownOrder.arguments()).replace("finance.po", "X"));
        }
        assertThat(users.findByUsername("finance.fg").orElseThrow().getOrderId()).as("Foggia's user untouched")
                .isNotEqualTo(users.findByUsername("finance.po").orElseThrow().getOrderId());
    }

    @Test
    void aDisabledAccountIsRefusedAfterTheSameWorkAsAWrongPassword() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("spento.po", "Spento", null, AppRoles.FINANCE));
        administration.setEnabled(created.user().id(), created.user().version(), false);
        signIn.out();

        AtomicInteger hashes = new AtomicInteger();
        var login = new ThrottledAuthenticationProvider(PasswordLogin.provider(userDetails, counting(hashes)), throttle);

        assertThat(outcome(login, "spento.po", "wrong-password", "10.80.0.1", hashes)).isEqualTo("BadCredentialsException after 1 hash");
        assertThat(outcome(login, "finance.po", "wrong-password", "10.80.0.2", hashes)).isEqualTo("BadCredentialsException after 1 hash");
        assertThat(outcome(login, "nessuno.po", "wrong-password", "10.80.0.3", hashes)).isEqualTo("BadCredentialsException after 1 hash");
        // only who knows the password learns that the account is disabled
        assertThat(outcome(login, "spento.po", created.temporaryPassword(), "10.80.0.4", hashes)).isEqualTo("DisabledException after 1 hash");
        assertThatThrownBy(() -> login.authenticate(token("spento.po", created.temporaryPassword(), "10.80.0.5")))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> login.authenticate(token("spento.po", "nope", "10.80.0.6")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static String outcome(ThrottledAuthenticationProvider login, String user, String password, String address, AtomicInteger hashes) {
        hashes.set(0);
        try {
            login.authenticate(token(user, password, address));
            return "signed in after " + hashes.get() + " hash";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + " after " + hashes.get() + " hash";
        }
    }

    private PasswordEncoder counting(AtomicInteger hashes) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
    }

    private static ServiceException refusal(Runnable action) {
        try {
            action.run();
        } catch (ServiceException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
