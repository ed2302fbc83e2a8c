package it.albopec.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per client address in the database (so that every app node sees
 * the same counts) and locks a key for a while when it has failed too often. Locks end by themselves:
 * an attacker cannot lock a real user out for good, only slow the guessing down to a few tries per lock.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxAccountFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
                  @Value("${albopec.login.max-account-failures:5}") int maxAccountFailures,
                  @Value("${albopec.login.max-address-failures:30}") int maxAddressFailures,
                  @Value("${albopec.login.window:15m}") Duration window,
                  @Value("${albopec.login.lock:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAccountFailures = maxAccountFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lock = lock;
    }

    static String accountKey(String username) {
        if (!AppUserDetailsService.isPossibleUsername(username)) {
            return "user:?"; // 1 MB or control characters: no account has such a name, and the key column is short
        }
        return "user:" + LoginName.normalize(username).toLowerCase(java.util.Locale.ROOT);
    }

    static String addressKey(String address) {
        return "addr:" + address;
    }

    /** The latest end of a lock on any of the keys, if one is still running. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String... keys) {
        Instant now = clock.instant();
        Instant latest = null;
        for (String key : keys) {
            List<Timestamp> until = jdbc.queryForList(
                    "SELECT locked_until FROM login_throttle WHERE throttle_key = ? AND locked_until IS NOT NULL",
                    Timestamp.class, key);
            for (Timestamp t : until) {
                Instant end = t.toInstant();
                if (end.isAfter(now) && (latest == null || end.isAfter(latest))) {
                    latest = end;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String accountKey, String addressKey) {
        count(accountKey, maxAccountFailures);
        if (addressKey != null) {
            count(addressKey, maxAddressFailures);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String accountKey) {
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", accountKey);
    }

    private void count(String key, int max) {
        Instant now = clock.instant();
        jdbc.update("INSERT IGNORE INTO login_throttle (throttle_key, failures, window_start) VALUES (?, 0, ?)",
                key, Timestamp.from(now));
        var row = jdbc.queryForMap("SELECT failures, window_start FROM login_throttle WHERE throttle_key = ? FOR UPDATE", key);
        int failures = ((Number) row.get("failures")).intValue();
        Instant windowStart = ((Timestamp) row.get("window_start")).toInstant();
        if (windowStart.plus(window).isBefore(now)) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        Timestamp lockedUntil = failures >= max ? Timestamp.from(now.plus(lock)) : null;
        jdbc.update("UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = COALESCE(?, locked_until) WHERE throttle_key = ?",
                failures, Timestamp.from(windowStart), lockedUntil, key);
    }
}
