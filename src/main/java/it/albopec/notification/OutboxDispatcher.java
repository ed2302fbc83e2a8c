package it.albopec.notification;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox through Spring Mail. Each message is first claimed by one node with a conditional UPDATE (only a
 * PENDING message that is due, or a SENDING one whose claim ran out because its node died), so two nodes never send
 * the same message even when both run at once; ShedLock keeps the scheduled run to one node anyway. A failed attempt
 * is retried later with a growing pause ({@code albopec.mail.backoff}); after the last one the message is FAILED and
 * the ADMIN sees the error. Without an SMTP server configured (no {@link JavaMailSender}) nothing is sent and the
 * messages wait in the outbox.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final List<Duration> backoff;
    private final String from;
    private final String node;

    OutboxDispatcher(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                     @Value("${albopec.mail.backoff:1m,5m,30m,2h,12h}") List<Duration> backoff,
                     @Value("${albopec.mail.from:Albo PEC <noreply@albopec.local>}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.backoff = List.copyOf(backoff);
        this.from = from;
        this.node = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    public boolean smtpConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Scheduled(cron = "${albopec.mail.dispatch-cron:0 * * * * *}", zone = "Europe/Rome")
    @SchedulerLock(name = "outbox-dispatch", lockAtMostFor = "PT10M")
    public void scheduled() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            dispatch(sender);
        }
    }

    /** Sends every due message through the given sender; returns how many were sent. */
    public int dispatch(JavaMailSender sender) {
        int sent = 0;
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = jdbc.queryForList("SELECT id FROM outbox_message WHERE (state = 'PENDING' AND next_attempt_at <= ?) "
                + "OR (state = 'SENDING' AND claimed_until < ?) ORDER BY id LIMIT " + BATCH, Long.class, now, now);
        for (long id : due) {
            if (claim(id) && send(sender, id)) {
                sent++;
            }
        }
        if (!due.isEmpty()) {
            log.info("Outbox: {} of {} due messages sent by {}", sent, due.size(), node);
        }
        return sent;
    }

    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.update("UPDATE outbox_message SET state = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                        + "WHERE id = ? AND ((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND claimed_until < ?))",
                node, Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    private boolean send(JavaMailSender sender, long id) {
        Map<String, Object> m = jdbc.queryForMap("SELECT recipient, subject, body, attempts FROM outbox_message WHERE id = ?", id);
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo((String) m.get("recipient"));
            helper.setSubject((String) m.get("subject"));
            helper.setText((String) m.get("body"), false);
            // the receiving side can drop a duplicate if a node died between sending and recording it
            message.setHeader("X-AlboPec-Message", String.valueOf(id));
            sender.send(message);
            jdbc.update("UPDATE outbox_message SET state = 'SENT', sent_at = ?, claimed_by = NULL, claimed_until = NULL, last_error = NULL "
                    + "WHERE id = ? AND claimed_by = ?", Timestamp.from(clock.instant()), id, node);
            return true;
        } catch (Exception failure) {
            int attempts = ((Number) m.get("attempts")).intValue();
            String error = String.valueOf(failure.getMessage());
            error = error.length() > 1000 ? error.substring(0, 1000) : error;
            if (attempts > backoff.size()) {
                jdbc.update("UPDATE outbox_message SET state = 'FAILED', last_error = ?, claimed_by = NULL, claimed_until = NULL "
                        + "WHERE id = ? AND claimed_by = ?", error, id, node);
                log.warn("Outbox message {} failed for good after {} attempts: {}", id, attempts, error);
            } else {
                Instant next = clock.instant().plus(backoff.get(attempts - 1));
                jdbc.update("UPDATE outbox_message SET state = 'PENDING', next_attempt_at = ?, last_error = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE id = ? AND claimed_by = ?", Timestamp.from(next), error, id, node);
                log.warn("Outbox message {} not sent (attempt {}), next attempt at {}: {}", id, attempts, next, error);
            }
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }

    /** For tests and the view: the pauses between attempts. */
    List<Duration> backoff() {
        return backoff;
    }

    @Override
    public String toString() {
        return "OutboxDispatcher" + Arrays.asList(node);
    }
}
