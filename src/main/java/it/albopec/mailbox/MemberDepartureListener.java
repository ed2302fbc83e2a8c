package it.albopec.mailbox;

import it.albopec.member.MemberLeftOrder;
import it.albopec.security.CurrentUser;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The register tells that a member was transferred or struck off: their convention mailbox is deactivated where the
 * convention says so (Prato: "Agli iscritti che chiederanno il trasferimento ad altro Ordine o la cancellazione
 * dall'albo, l'Ordine provvederà alla disattivazione della casella Pec").
 * <p>
 * The event comes through Spring Modulith's event publication registry: after the register's transaction committed,
 * in a transaction of its own, off the user's thread — and again after a restart when a crash interrupted it. So it
 * runs as the system (no signed-in user, hence not through the role-checked {@link MailboxService}), touches only the
 * event's member in the event's Order, and is idempotent: a mailbox already deactivated is left as it is. The daily
 * job sweeps the same rule as a last net.
 */
@Component
class MemberDepartureListener {

    private final MailboxRepository mailboxes;
    private final MailboxHistory history;
    private final MailboxAudit audit;
    private final CurrentUser currentUser;

    MemberDepartureListener(MailboxRepository mailboxes, MailboxHistory history, MailboxAudit audit, CurrentUser currentUser) {
        this.mailboxes = mailboxes;
        this.history = history;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @ApplicationModuleListener
    void on(MemberLeftOrder event) {
        for (Mailbox mailbox : mailboxes.findByMemberIdOrderByIdDesc(event.memberId())) {
            if (mailbox.getOrderId() == event.orderId() && mailbox.getState().isOpen() && mailbox.isDeactivateOnLeaving()) {
                MailboxDetails before = mailbox.toDetails();
                var transition = mailbox.deactivate(event.effectiveDate(), "member " + event.status().name().toLowerCase()
                        + (event.reason() == null ? "" : ": " + event.reason()));
                mailboxes.flush();
                history.record(mailbox, transition, currentUser.usernameOrSystem());
                audit.record(before, mailbox, MailboxAudit.action(transition.action()), transition.reason());
            }
        }
    }
}
