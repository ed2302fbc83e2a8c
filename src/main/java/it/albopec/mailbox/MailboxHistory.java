package it.albopec.mailbox;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The dated history of every mailbox: each step, who made it and why. Only ever appended. */
@Component
class MailboxHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MailboxHistory(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    void record(Mailbox mailbox, Mailbox.Transition t, String username) {
        jdbc.update("INSERT INTO mailbox_transition (mailbox_id, order_id, from_state, to_state, action, effective_on, at, username, reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mailbox.getId(), mailbox.getOrderId(), t.from() == null ? null : t.from().name(), t.to().name(), t.action().name(),
                Date.valueOf(t.on()), Timestamp.from(clock.instant()), username, t.reason());
        events.publishEvent(new MailboxMoved(mailbox.getOrderId(), mailbox.getMemberId(), mailbox.getId(), t.from(), t.to(), t.action(), t.on()));
    }

    List<MailboxHistoryEntry> of(long mailboxId) {
        return jdbc.query("SELECT from_state, to_state, action, effective_on, at, username, reason FROM mailbox_transition "
                        + "WHERE mailbox_id = ? ORDER BY at, id",
                (rs, n) -> new MailboxHistoryEntry(
                        rs.getString(1) == null ? null : MailboxState.valueOf(rs.getString(1)),
                        MailboxState.valueOf(rs.getString(2)), MailboxAction.valueOf(rs.getString(3)),
                        rs.getDate(4).toLocalDate(), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)),
                mailboxId);
    }
}
