package it.albopec.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a session's sign-in is still good, on whichever node the request lands: the user's security stamp in the
 * database changes when their sessions must end (disabled, password reset or changed) and every request compares it
 * with the stamp the session was signed in with. The stamp is read at most once per {@code albopec.security.stamp-cache}
 * (5 s) per user and node, so a sign-out reaches every node within that time at the cost of one indexed read per user
 * and period. The node that makes the change forgets its copy at once.
 */
@Component
class SecurityStamps {

    private record Seen(long stamp, boolean enabled, Instant at) {}

    private final JdbcTemplate jdbc;
    private final Duration cacheFor;
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    SecurityStamps(JdbcTemplate jdbc, @Value("${albopec.security.stamp-cache:5s}") Duration cacheFor) {
        this.jdbc = jdbc;
        this.cacheFor = cacheFor;
    }

    /** Whether the user is still enabled and has the stamp the session was signed in with. */
    boolean stillValid(AppUserPrincipal principal) {
        Instant now = Instant.now(); // wall time, not the app's (tests move that) clock: this is a cache age
        Seen current = seen.get(principal.userId());
        if (current == null || current.at().plus(cacheFor).isBefore(now) || !matches(current, principal)) {
            // a copy that disagrees is read again: it may predate a change this very session made (its own password)
            current = read(principal.userId(), now);
            seen.put(principal.userId(), current);
        }
        return matches(current, principal);
    }

    private static boolean matches(Seen seen, AppUserPrincipal principal) {
        return seen.enabled() && seen.stamp() == principal.securityStamp();
    }

    /** The node that changed the user's stamp forgets its copy, so its own check is immediate. */
    void forget(Long userId) {
        seen.remove(userId);
    }

    private Seen read(long userId, Instant now) {
        List<Seen> rows = jdbc.query("SELECT security_stamp, enabled FROM app_user WHERE id = ?",
                (rs, i) -> new Seen(rs.getLong(1), rs.getBoolean(2), now), userId);
        return rows.isEmpty() ? new Seen(Long.MIN_VALUE, false, now) : rows.getFirst();
    }
}
