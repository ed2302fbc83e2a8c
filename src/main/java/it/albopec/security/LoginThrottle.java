package it.albopec.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per account and per client address in the database (so that every app node sees
 * the same counts) and locks a key for a while when it has failed too often. Locks end by themselves:
 * an attacker cannot lock a real user out for good, only slow the guessing down to a few tries per lock. An attempt is
 * counted before its password is checked (see {@link #attempt}), so parallel requests cannot outrun the count.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate inNewTransaction;
    private final Clock clock;
    private final int maxAccountFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lock;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                  @Value("${albopec.login.max-account-failures:5}") int maxAccountFailures,
                  @Value("${albopec.login.max-address-failures:30}") int maxAddressFailures,
                  @Value("${albopec.login.window:15m}") Duration window,
                  @Value("${albopec.login.lock:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * The per-address key: an IPv4 address as it is, an IPv6 address by its /64 network — one subscriber or host
     * usually holds a whole /64 and could otherwise take a fresh address for every few guesses.
     */
    static String addressKey(String address) {
        if (address.indexOf(':') >= 0) {
            try {
                InetAddress parsed = InetAddress.ofLiteral(address);
                if (parsed instanceof Inet6Address) {
                    byte[] network = Arrays.copyOf(parsed.getAddress(), 16); // the last 64 bits zeroed
                    Arrays.fill(network, 8, 16, (byte) 0);
                    return "addr:" + InetAddress.getByAddress(network).getHostAddress() + "/64";
                }
                return "addr:" + parsed.getHostAddress(); // an IPv4-mapped address is the IPv4 address
            } catch (IllegalArgumentException | UnknownHostException e) {
                return "addr:" + address;
            }
        }
        return "addr:" + address;
    }

    /**
     * Counts a login attempt on each key BEFORE its password is checked, each key's row locked while it is counted, and
     * refuses it once a key is locked or has reached its limit: requests sent in parallel queue on the row lock, so no
     * more than the limit ever reach the password check. A successful login takes its attempt back ({@link #succeeded}).
     * Rows are locked in the order of the keys (account, then address), so two attempts never wait for each other in a
     * cycle; a deadlock the database reports anyway is retried.
     */
    public void attempt(String accountKey, String addressKey) {
        for (int tries = 1; ; tries++) {
            try {
                Optional<Instant> refused = inNewTransaction.execute(status -> {
                    Optional<Instant> locked = count(accountKey, maxAccountFailures);
                    if (locked.isEmpty() && addressKey != null) {
                        locked = count(addressKey, maxAddressFailures);
                    }
                    if (locked.isPresent()) {
                        status.setRollbackOnly(); // a refused attempt costs the other key nothing
                    }
                    return locked;
                });
                if (refused != null && refused.isPresent()) {
                    throw new LoginThrottledException(refused.get());
                }
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException deadlock) {
                if (tries >= 5) {
                    throw deadlock;
                }
            }
        }
    }

    /** The account's failures are forgotten; the address gives back the attempt it counted (a busy NAT is no attacker). */
    public void succeeded(String accountKey, String addressKey) {
        inNewTransaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", accountKey);
            if (addressKey != null) {
                jdbc.update("UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE throttle_key = ? AND locked_until IS NULL",
                        addressKey);
            }
        });
    }

    /** Counts one attempt on the key; the end of its lock if the attempt is refused. */
    private Optional<Instant> count(String key, int max) {
        Instant now = clock.instant();
        // an upsert takes the row's exclusive lock at once (INSERT IGNORE would take a shared one: two attempts would
        // then both wait to upgrade it, a deadlock)
        jdbc.update("INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?, 0, ?) "
                + "ON DUPLICATE KEY UPDATE throttle_key = throttle_key", key, Timestamp.from(now));
        var row = jdbc.queryForMap("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = ? FOR UPDATE", key);
        Timestamp lockedUntil = (Timestamp) row.get("locked_until");
        if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
            return Optional.of(lockedUntil.toInstant());
        }
        int failures = ((Number) row.get("failures")).intValue();
        Instant windowStart = ((Timestamp) row.get("window_start")).toInstant();
        if (lockedUntil != null || windowStart.plus(window).isBefore(now)) {
            failures = 0; // a lock that has ended, or a window that has passed, starts the count again
            windowStart = now;
        }
        failures++;
        Timestamp lockEnd = failures >= max ? Timestamp.from(now.plus(lock)) : null;
        jdbc.update("UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ? WHERE throttle_key = ?",
                failures, Timestamp.from(windowStart), lockEnd, key);
        return Optional.empty();
    }
}
