package it.albopec.mailbox;

import java.time.LocalDate;

/**
 * One step of a mailbox's life was recorded (activation, renewal, deactivation, expiry…), published with its
 * history row, inside the transaction that writes it, so that other modules follow the mailbox without reading its
 * tables on every change: finance (the charge of each term, after the commit) and compliance (a case closes at once
 * when the member's PEC becomes valid). The daily job moves mailboxes set-based and tells {@link MailboxCalendarApplied}
 * instead.
 */
public record MailboxMoved(long orderId, long memberId, long mailboxId, MailboxState from, MailboxState to, MailboxAction action,
                           LocalDate on) {

    /** The member now has a valid PEC where they had none through this mailbox. */
    public boolean becameValid() {
        return to.isValidPec() && (from == null || !from.isValidPec());
    }
}
