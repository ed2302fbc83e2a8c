package it.albopec.mailbox;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import it.albopec.base.JobLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, moves all mailboxes of all Orders by date, set-based in SQL (never one row at a time):
 * automatic renewals, ACTIVE → EXPIRING 90 days before expiry, → EXPIRED at expiry, → DELETED when the convention's
 * renewal days have passed (90 where the Order is silent, none for Foggia), a new ELIGIBLE mailbox for a member whose
 * mailbox became unrecoverable, and the deactivation of mailboxes of members who left the Order. Each step writes its history rows and its
 * state change under the same condition in one transaction: running it twice, or on two nodes at once (the
 * second waits for the first's row locks, then finds nothing left to do), writes every transition once. The
 * ShedLock lock keeps it to one node anyway.
 */
@Component
public class MailboxLifecycleJob {

    private static final Logger log = LoggerFactory.getLogger(MailboxLifecycleJob.class);
    private static final String WORKING = "b.state IN ('ACTIVE', 'EXPIRING')";
    private static final String RENEWED_EXPIRY = "DATE_ADD(b.expires_on, INTERVAL b.term_months MONTH)";
    private static final String RENEWAL_DAYS = MailboxLifecycle.RENEWAL_DAYS_SQL.replace("= convention_id", "= b.convention_id");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailboxAudit audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    MailboxLifecycleJob(JdbcTemplate jdbc, Clock clock, MailboxAudit audit, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    @Scheduled(cron = "${albopec.mailbox.lifecycle-cron:0 30 2 * * *}", zone = "Europe/Rome")
    @SchedulerLock(name = "mailbox-lifecycle", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void nightly() {
        run(LocalDate.now(clock));
    }

    /** Applies the calendar of {@code today}; returns how many mailboxes each step moved. */
    @Transactional
    public Map<String, Integer> run(LocalDate today) {
        long start = System.nanoTime();
        Date day = Date.valueOf(today);
        Timestamp now = Timestamp.from(clock.instant());
        // two runs at the same moment (two nodes without the scheduler lock, or a manual run) take turns
        Map<String, Integer> moved = JobLock.inTurn(jdbc, "albopec_mailbox_lifecycle", () -> {
            var steps = new LinkedHashMap<String, Integer>();
            long lastTransition = audit.lastTransitionId();
            applyCalendar(day, now, steps);
            audit.recordSince(lastTransition, now.toInstant()); // every step of the night in the audit trail too
            return steps;
        });
        log.info("Mailbox lifecycle for {}: {} in {} ms", today, moved, (System.nanoTime() - start) / 1_000_000);
        events.publishEvent(new MailboxCalendarApplied(today));
        return moved;
    }

    private void applyCalendar(Date day, Timestamp now, Map<String, Integer> moved) {

        // Prato: the Order deactivates the mailbox of whoever transfers or is struck off (safety net for the event)
        moved.put("deactivated", step(
                "b.state NOT IN ('DELETED', 'DEACTIVATED') AND b.deactivate_on_leaving = TRUE "
                        + "AND EXISTS (SELECT 1 FROM member m WHERE m.id = b.member_id AND m.status IN ('TRANSFERRED', 'STRUCK_OFF'))",
                "'DEACTIVATED'", "DEACTIVATED", "'member left the Order'", null, day, now));
        // card and PayPal renew by themselves, and so does the Order where it pays (Prato), unless the card
        // expires before the term ends (Foggia)
        int renewed = 0;
        for (int round = 0; round < 3; round++) { // a mailbox left unprocessed for more than a term catches up
            int n = step(WORKING + " AND b.auto_renewal = TRUE AND b.expires_on <= ? "
                            + "AND (b.card_valid_until IS NULL OR b.card_valid_until >= b.expires_on)",
                    "CASE WHEN DATE_SUB(" + RENEWED_EXPIRY + ", INTERVAL 90 DAY) <= ? THEN 'EXPIRING' ELSE 'ACTIVE' END",
                    "RENEWED_AUTOMATICALLY", null, "expires_on = " + RENEWED_EXPIRY.replace("b.", ""), day, now, day, day);
            renewed += n;
            if (n == 0) {
                break;
            }
        }
        moved.put("renewed", renewed);
        moved.put("expired", step(WORKING + " AND b.expires_on <= ?", "'EXPIRED'", "EXPIRED", null, null, day, now, day));
        moved.put("expiring", step("b.state = 'ACTIVE' AND b.expires_on <= DATE_ADD(?, INTERVAL 90 DAY)",
                "'EXPIRING'", "EXPIRING", null, null, day, now, day));
        // renewable as many days as the convention allows (Foggia none: "non potrà più essere recuperata"; the
        // provider's general 90 where the instructions are silent), then unrecoverable
        moved.put("deleted", step("b.state = 'EXPIRED' AND b.expires_on <= ? AND DATE_ADD(b.expires_on, INTERVAL "
                        + RENEWAL_DAYS + " DAY) <= ?",
                "'DELETED'", "DELETED", null, null, day, now, day, day));
        moved.put("reopened", reopenAfterDeletion(day, now));
    }

    /**
     * Foggia: "Sarà poi necessario registrarsi nuovamente per ottenere un nuovo indirizzo PEC". A registered member whose
     * latest mailbox is unrecoverable may register again at once: a new ELIGIBLE mailbox under the same convention (if
     * it still takes requests), the old one kept as history. Only a member without a newer mailbox gets one, so a
     * second run finds nothing to do.
     */
    private int reopenAfterDeletion(Date day, Timestamp now) {
        int opened = jdbc.update("INSERT INTO mailbox (order_id, member_id, convention_id, term_months, test_message_required, "
                + "documents_required, deactivate_on_leaving, eligible_on, state, state_since, auto_renewal) "
                + "SELECT d.order_id, d.member_id, d.convention_id, c.term_months, c.test_message_required, "
                + "c.signed_form_and_id_required, c.mailbox_deactivated_on_leaving, ?, 'ELIGIBLE', ?, c.payer = 'ORDER' "
                + "FROM mailbox d JOIN convention c ON c.id = d.convention_id JOIN member m ON m.id = d.member_id "
                + "WHERE d.state = 'DELETED' AND c.status = 'ACTIVE' AND m.status IN ('ACTIVE', 'SUSPENDED') "
                + "AND NOT EXISTS (SELECT 1 FROM mailbox newer WHERE newer.member_id = d.member_id AND newer.id > d.id) "
                + "AND NOT EXISTS (SELECT 1 FROM mailbox o WHERE o.convention_id = d.convention_id AND o.open_member_id = d.member_id)",
                day, day);
        if (opened > 0) {
            jdbc.update("INSERT INTO mailbox_transition (mailbox_id, order_id, from_state, to_state, action, effective_on, at, username, reason) "
                            + "SELECT b.id, b.order_id, NULL, 'ELIGIBLE', 'PRELOADED', ?, ?, 'system', 'new registration after unrecoverable expiry' "
                            + "FROM mailbox b WHERE b.state = 'ELIGIBLE' AND b.eligible_on = ? "
                            + "AND NOT EXISTS (SELECT 1 FROM mailbox_transition t WHERE t.mailbox_id = b.id)",
                    day, now, day);
        }
        return opened;
    }

    /**
     * One transition for every mailbox matching {@code condition}: first its history rows, then the change, both
     * under the same condition. Arguments: those of {@code toState} (if it has '?') then those of the condition.
     */
    private int step(String condition, String toState, String action, String reason, String extraSet,
                     Date day, Timestamp now, Object... args) {
        boolean toStateHasArg = toState.contains("?");
        Object[] conditionArgs = toStateHasArg ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        Object toStateArg = toStateHasArg ? args[0] : null;

        var insertArgs = new java.util.ArrayList<Object>();
        if (toStateHasArg) insertArgs.add(toStateArg);
        insertArgs.add(day);
        insertArgs.add(now);
        insertArgs.addAll(java.util.List.of(conditionArgs));
        jdbc.update("INSERT INTO mailbox_transition (mailbox_id, order_id, from_state, to_state, action, effective_on, at, username, reason) "
                        + "SELECT b.id, b.order_id, b.state, " + toState + ", '" + action + "', ?, ?, 'system', " + (reason == null ? "NULL" : reason)
                        + " FROM mailbox b WHERE " + condition,
                insertArgs.toArray());

        var updateArgs = new java.util.ArrayList<Object>();
        if (toStateHasArg) updateArgs.add(toStateArg);
        updateArgs.add(day);
        updateArgs.addAll(java.util.List.of(conditionArgs));
        // state first: MariaDB applies SET assignments left to right, and the new state reads the old expiry
        return jdbc.update("UPDATE mailbox b SET b.state = " + toState + ", b.state_since = ?, b.version = b.version + 1"
                        + (extraSet == null ? "" : ", b." + extraSet) + " WHERE " + condition,
                updateArgs.toArray());
    }
}
