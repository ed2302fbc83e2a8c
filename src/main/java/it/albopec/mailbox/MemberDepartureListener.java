package it.albopec.mailbox;

import it.albopec.member.MemberLeftOrder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The register tells that a member was transferred or struck off: their convention mailbox is deactivated
 * where the convention says so (Prato). The daily job sweeps the same rule, so a missed event is caught the
 * next night.
 */
@Component
class MemberDepartureListener {

    private final MailboxService mailboxes;

    MemberDepartureListener(MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @ApplicationModuleListener
    void on(MemberLeftOrder event) {
        mailboxes.deactivateOnDeparture(event);
    }
}
