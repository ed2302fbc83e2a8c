package it.albopec.mailbox;

import java.util.List;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every mailbox step in the Order's audit trail (issue 11, point 8): who, when, and each field that changed — the
 * state, the address, the payment method, automatic renewal, the card's expiry, the dates. Steps recorded one by one
 * (the secretariat's, the provider's list, a member's departure) and steps written set-based (the nightly job, a
 * pre-load list) alike; the latter are copied from the history rows they wrote, in SQL.
 */
@Component
class MailboxAudit {

    static final String TYPE = "mailbox";

    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    MailboxAudit(AuditTrail audit, JdbcTemplate jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** One step on one mailbox: {@code before} is the mailbox as it was (null for a new one). */
    void record(MailboxDetails before, Mailbox after, String action, String reason) {
        MailboxDetails now = after.toDetails();
        audit.record(now.orderId(), TYPE, now.id(), action, reason, changes(before, now));
    }

    /** The action of a step as the audit trail names it: "activated", "payment-changed". */
    static String action(MailboxAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static List<FieldChange> changes(MailboxDetails before, MailboxDetails after) {
        boolean created = before == null;
        return FieldChange.builder()
                .compare("state", created ? null : before.state(), after.state())
                .compare("pecAddress", created ? null : before.pecAddress(), after.pecAddress())
                .compare("providerLogin", created ? null : before.providerLogin(), after.providerLogin())
                .compare("paymentMethod", created ? null : before.paymentMethod(), after.paymentMethod())
                .compare("autoRenewal", created ? null : before.autoRenewal(), after.autoRenewal())
                .compare("cardValidUntil", created ? null : before.cardValidUntil(), after.cardValidUntil())
                .compare("requestedOn", created ? null : before.requestedOn(), after.requestedOn())
                .compare("paymentReceivedOn", created ? null : before.paymentReceivedOn(), after.paymentReceivedOn())
                .compare("documentsReceivedOn", created ? null : before.documentsReceivedOn(), after.documentsReceivedOn())
                .compare("activatedOn", created ? null : before.activatedOn(), after.activatedOn())
                .compare("expiresOn", created ? null : before.expiresOn(), after.expiresOn())
                .compare("testMessageReceivedOn", created ? null : before.testMessageReceivedOn(), after.testMessageReceivedOn())
                .build();
    }

    /** The last history row written so far: what a set-based step writes after it is what {@link #recordSince} audits. */
    long lastTransitionId() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM mailbox_transition", Long.class);
    }

    /**
     * An audit entry for every history row the step wrote: after {@code lastTransitionId} and at the step's instant (a
     * user's step committed meanwhile has audited itself).
     */
    @org.springframework.transaction.annotation.Transactional // the scheduler calls the job without one
    int recordSince(long lastTransitionId, java.time.Instant at) {
        return audit.recordRows(TYPE, "SELECT t.order_id, t.mailbox_id AS entity_id, LOWER(REPLACE(t.action, '_', '-')) AS action, "
                + "t.username, t.at, t.reason, 'state' AS field, t.from_state AS old_value, t.to_state AS new_value "
                + "FROM mailbox_transition t WHERE t.id > ? AND t.at = ?", lastTransitionId,
                java.sql.Timestamp.from(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))); // TIMESTAMP(3) keeps milliseconds
    }
}
