package it.albopec.finance;

import it.albopec.mailbox.MailboxCalendarApplied;
import it.albopec.mailbox.MailboxMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
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

    @ApplicationModuleListener
    void on(MailboxMoved event) {
        ledger.syncMailbox(event.mailboxId());
    }

    @ApplicationModuleListener
    void on(MailboxCalendarApplied event) {
        long start = System.nanoTime();
        var counts = ledger.syncMovedOn(event.day());
        log.info("Charges after the mailbox calendar of {}: {} in {} ms", event.day(), counts, (System.nanoTime() - start) / 1_000_000);
    }
}
