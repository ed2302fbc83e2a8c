package it.albopec.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox of the ADMIN's own Order, newest first, filtered by state in SQL. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ADMIN)
public class OutboxMessages {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final OutboxDispatcher dispatcher;

    OutboxMessages(JdbcTemplate jdbc, CurrentUser currentUser, OutboxDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.dispatcher = dispatcher;
    }

    /** A page of the Order's messages; {@code state} null means every state. */
    public List<OutboxMessage> find(OutboxState state, Pageable pageable) {
        var args = new ArrayList<Object>(List.of(currentUser.requireOrderId()));
        String where = "WHERE order_id = ?" + (state == null ? "" : " AND state = ?");
        if (state != null) {
            args.add(state.name());
        }
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query("SELECT id, recipient, language, subject, body, confidential, kind, state, attempts, next_attempt_at, last_error, "
                + "created_at, sent_at FROM outbox_message " + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                OutboxMessages::row, args.toArray());
    }

    public long count(OutboxState state) {
        long orderId = currentUser.requireOrderId();
        return state == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE order_id = ?", Long.class, orderId)
                : jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE order_id = ? AND state = ?", Long.class, orderId, state.name());
    }

    /** Messages of the Order per state, every state present. */
    public Map<OutboxState, Long> countByState() {
        Map<String, Long> counts = jdbc.query("SELECT state, COUNT(*) n FROM outbox_message WHERE order_id = ? GROUP BY state",
                rs -> {
                    var m = new java.util.HashMap<String, Long>();
                    while (rs.next()) {
                        m.put(rs.getString("state"), rs.getLong("n"));
                    }
                    return m;
                }, currentUser.requireOrderId());
        return java.util.Arrays.stream(OutboxState.values())
                .collect(Collectors.toMap(s -> s, s -> counts.getOrDefault(s.name(), 0L), (a, b) -> a, () -> new java.util.EnumMap<>(OutboxState.class)));
    }

    public boolean smtpConfigured() {
        return dispatcher.smtpConfigured();
    }

    private static OutboxMessage row(ResultSet rs, int n) throws SQLException {
        boolean confidential = rs.getBoolean("confidential");
        return new OutboxMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("language"), rs.getString("subject"),
                confidential ? null : rs.getString("body"), confidential, rs.getString("kind"), OutboxState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
