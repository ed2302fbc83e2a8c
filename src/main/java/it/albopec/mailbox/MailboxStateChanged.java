package it.albopec.mailbox;

import java.time.LocalDate;

/**
 * A mailbox moved from one state to another through a recorded step (the secretariat's, the provider's list, the
 * register's departure event). Published inside the transaction that writes the step, so a listener that must act
 * "at once" (compliance closes its case when the member's PEC becomes valid) does so in the same transaction.
 */
public record MailboxStateChanged(long orderId, long memberId, long mailboxId, MailboxState from, MailboxState to, LocalDate on) {

    /** The member now has a valid PEC where they had none through this mailbox. */
    public boolean becameValid() {
        return to.isValidPec() && (from == null || !from.isValidPec());
    }
}
