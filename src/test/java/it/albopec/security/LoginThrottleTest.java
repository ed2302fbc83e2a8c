package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import it.albopec.testsupport.TestClock.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import it.albopec.testsupport.AlboPecTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@AlboPecTest
class LoginThrottleTest {

    @Autowired AuthenticationProvider login;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void clean() {
        clock.reset();
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void rightPasswordSignsIn() {
        assertThat(attempt("finance.fg", "demo", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("finance.fg", "wrong", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("finance.fg", "demo", "10.0.0.3")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void theLockEndsByItselfSoNobodyIsLockedOutForGood() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("finance.fg", "wrong", "10.0.0.4")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(attempt("finance.fg", "demo", "10.0.0.4").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("finance.fg", "wrong", "10.0.0.5")).isInstanceOf(BadCredentialsException.class);
        }
        attempt("finance.fg", "demo", "10.0.0.5");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("finance.fg", "wrong", "10.0.0.5")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("finance.fg", "demo", "10.0.0.5").isAuthenticated()).isTrue();
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedToo() {
        for (int i = 0; i < 30; i++) {
            String user = "nobody" + i;
            assertThatThrownBy(() -> attempt(user, "wrong", "10.9.9.9")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("finance.fg", "demo", "10.9.9.9")).isInstanceOf(LoginThrottledException.class);
        assertThat(attempt("finance.fg", "demo", "10.0.0.6").isAuthenticated()).as("other addresses still work").isTrue();
    }

    private Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return login.authenticate(token);
    }
}
