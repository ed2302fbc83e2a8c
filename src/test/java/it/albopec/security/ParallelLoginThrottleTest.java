package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.TestClock.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Login throttling cannot be outrun by sending the guesses in parallel: each attempt is counted before its password is
 * checked, under the throttle row's lock, so 50 wrong passwords sent at once get at most 5 password checks.
 */
@AlboPecTest
class ParallelLoginThrottleTest {

    @Autowired AppUserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    @AfterEach
    void clean() {
        clock.reset();
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void fiftyParallelGuessesGetAtMostFivePasswordChecks() throws Exception {
        AtomicInteger passwordChecks = new AtomicInteger();
        ThrottledAuthenticationProvider login = loginCounting(passwordChecks);

        int attempts = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String address = "10.50.0." + (i % 10); // several addresses: the account's own count is what stops them
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        login.authenticate(token("finance.po", "wrong-" + address, address));
                        return Void.class;
                    } catch (AuthenticationException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            List<Class<?>> results = new ArrayList<>();
            for (Future<Class<?>> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }

            assertThat(passwordChecks.get()).as("password checks").isBetween(1, 5);
            assertThat(results).doesNotContain(Void.class);
            assertThat(results.stream().filter(BadCredentialsException.class::equals).count()).isEqualTo(passwordChecks.get());
            assertThat(results.stream().filter(LoginThrottledException.class::equals).count()).isEqualTo(attempts - passwordChecks.get());
        } finally {
            pool.shutdownNow();
        }
        // and the right password is refused too while the lock holds
        assertThat(catchClass(() -> login.authenticate(token("finance.po", "demo", "10.60.0.1")))).isEqualTo(LoginThrottledException.class);
    }

    @Test
    void successfulLoginsFromOneAddressDoNotLockIt() {
        ThrottledAuthenticationProvider login = loginCounting(new AtomicInteger());
        for (int i = 0; i < 40; i++) {
            assertThat(login.authenticate(token("finance.po", "demo", "10.70.0.1")).isAuthenticated()).isTrue();
        }
    }

    private ThrottledAuthenticationProvider loginCounting(AtomicInteger passwordChecks) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                passwordChecks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        });
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static Class<?> catchClass(Runnable r) {
        try {
            r.run();
            return Void.class;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
