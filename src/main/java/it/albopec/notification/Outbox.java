package it.albopec.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import it.albopec.base.NotFoundException;
import it.albopec.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's public API for every module (reminders, activation links, formal notices): a message is stored in the
 * caller's transaction, so it exists exactly when what caused it was committed, and is sent later by
 * {@link OutboxDispatcher}. The dedup key names the event: the same key is stored once (a unique index), whatever
 * node, run or retry tries again.
 */
@Service
public class Outbox {

    static final int SUBJECT_MAX = 300;
    private static final List<String> LANGUAGES = List.of("it", "de", "en");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores a message to send; returns false when a message with this dedup key already exists (nothing is stored).
     *
     * @param language it, de or en
     * @param dedupKey the event, e.g. "reminder:expiring-60:mailbox:42:2027-03-12"
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean enqueue(long orderId, String recipient, String language, String subject, String body, String dedupKey) {
        return enqueue(new OutboxDraft(orderId, recipient, language, subject, body, "MESSAGE", dedupKey, false));
    }

    /** {@link #enqueue(long, String, String, String, String, String)} with a kind and the confidential flag. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean enqueue(OutboxDraft draft) {
        // a signed-in user writes only to their own Order's outbox; jobs (no user) write for any Order
        if (currentUser.orderId().filter(own -> own != draft.orderId()).isPresent()) {
            throw new NotFoundException();
        }
        if (draft.recipient() == null || draft.recipient().isBlank() || draft.dedupKey() == null || draft.dedupKey().isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient and a dedup key");
        }
        String language = LANGUAGES.contains(draft.language()) ? draft.language() : "it";
        String subject = draft.subject().length() > SUBJECT_MAX ? draft.subject().substring(0, SUBJECT_MAX) : draft.subject();
        Timestamp now = Timestamp.from(clock.instant());
        int stored = jdbc.update("INSERT IGNORE INTO outbox_message (order_id, recipient, language, subject, body, confidential, kind, "
                        + "dedup_key, state, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                draft.orderId(), draft.recipient().trim(), language, subject, draft.body(), draft.confidential(), draft.kind(),
                draft.dedupKey(), now, now);
        return stored == 1;
    }
}
