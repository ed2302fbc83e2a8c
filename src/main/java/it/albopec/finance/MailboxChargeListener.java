package it.albopec.finance;

import it.albopec.mailbox.MailboxCalendarApplied;
import it.albopec.mailbox.MailboxMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Charges follow the mailbox: a recorded step (activation, renewal, deactivation…) brings that mailbox's charges in
 * line; the daily job's run brings in line every mailbox it moved that day. Both after the mailbox's transaction
 * committed, in a transaction of their own; the ledger is idempotent, so a repeated event changes nothing.
 */
@Component
class MailboxChargeListener {

    private static final Logger log = LoggerFactory.getLogger(MailboxChargeListener.class);

    private final ChargeLedger ledger;

    MailboxChargeListener(ChargeLedger ledger) {
        this.ledger = ledger;
    }

    // after the publisher's commit, on its thread, so the change shows at once; the event publication registry keeps
    // the delivery until it completed, so a crash in between delivers it again at start-up
    @TransactionalEventListener(fallbackExecution = true) // also when the registry delivers it again, with no transaction
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MailboxMoved event) {
        ledger.syncMailbox(event.mailboxId());
    }

    // after the publisher's commit, on its thread, so the change shows at once; the event publication registry keeps
    // the delivery until it completed, so a crash in between delivers it again at start-up
    @TransactionalEventListener(fallbackExecution = true) // also when the registry delivers it again, with no transaction
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MailboxCalendarApplied event) {
        long start = System.nanoTime();
        var counts = ledger.syncMovedOn(event.day());
        log.info("Charges after the mailbox calendar of {}: {} in {} ms", event.day(), counts, (System.nanoTime() - start) / 1_000_000);
    }
}
