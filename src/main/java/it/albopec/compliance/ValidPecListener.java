package it.albopec.compliance;

import it.albopec.mailbox.MailboxMoved;
import it.albopec.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member's mailbox became active (or renewed out of EXPIRED): their open case is closed at once, in the same
 * transaction as the mailbox's step, whatever step it had reached. The nightly job sweeps the same rule, for mailboxes
 * moved without an event.
 */
@Component
class ValidPecListener {

    private final CaseClosing closing;
    private final CurrentUser currentUser;

    ValidPecListener(CaseClosing closing, CurrentUser currentUser) {
        this.closing = closing;
        this.currentUser = currentUser;
    }

    /** A member who leaves the Order (transfer, strike-off) is no longer chased by it. */
    @EventListener
    void on(it.albopec.member.MemberLeftOrder event) {
        closing.close(event.orderId(), event.memberId(), event.effectiveDate(), "member " + event.status().name().toLowerCase(java.util.Locale.ROOT),
                currentUser.usernameOrSystem());
    }

    @EventListener
    void on(MailboxMoved event) {
        if (event.becameValid()) {
            closing.close(event.orderId(), event.memberId(), event.on(), "mailbox " + event.to().name().toLowerCase(java.util.Locale.ROOT),
                    currentUser.usernameOrSystem());
        }
    }
}
