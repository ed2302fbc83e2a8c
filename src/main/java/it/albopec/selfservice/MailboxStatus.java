package it.albopec.selfservice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.MailboxState;
import it.albopec.mailbox.PortalCheck;

/**
 * The member's mailbox in plain words with a countdown: "attiva fino al 12 marzo 2027 (108 giorni)", "scaduta: può
 * ancora rinnovarla fino al …", "non ancora comunicata al gestore: potrà registrarsi dal …", and the warnings that go
 * with it (a card that expires before the renewal, a payment that does not renew by itself, Prato's test message).
 */
public final class MailboxStatus {

    private MailboxStatus() {}

    /** The headline: where the mailbox stands today. */
    public static StatusLine headline(Optional<MailboxDetails> mailbox, PortalCheck outlook, LocalDate today) {
        if (mailbox.isEmpty()) {
            return switch (outlook.outcome()) {
                case FOUND -> new StatusLine("selfservice.status.NONE_LISTED", StatusLine.Tone.WARNING, outlook.listSentOn());
                case LISTED_LOADING -> new StatusLine("selfservice.status.LISTED_LOADING", StatusLine.Tone.WARNING, outlook.listSentOn(),
                        outlook.expectedFrom(), days(today, outlook.expectedFrom()));
                case NAME_DOES_NOT_MATCH -> new StatusLine("selfservice.status.NAME_DOES_NOT_MATCH", StatusLine.Tone.ERROR, outlook.listSentOn());
                case NOT_IN_LAST_LIST, NO_LIST_SENT -> new StatusLine("selfservice.status.NOT_LISTED", StatusLine.Tone.WARNING,
                        outlook.expectedFrom(), days(today, outlook.expectedFrom()));
            };
        }
        MailboxDetails box = mailbox.get();
        return switch (box.state()) {
            case ELIGIBLE -> new StatusLine("selfservice.status.ELIGIBLE", StatusLine.Tone.WARNING, box.eligibleOn());
            case REQUESTED, AWAITING_PAYMENT, AWAITING_DOCUMENTS ->
                    new StatusLine("selfservice.status." + box.state().name(), StatusLine.Tone.WARNING, box.requestedOn());
            case ACTIVE, EXPIRING -> new StatusLine("selfservice.status.ACTIVE",
                    box.state() == MailboxState.EXPIRING && box.lapseDate().isPresent() ? StatusLine.Tone.WARNING : StatusLine.Tone.OK,
                    box.expiresOn(), days(today, box.expiresOn()));
            // Foggia: no days to renew after expiry, the mailbox "non potrà più essere recuperata"
            case EXPIRED -> box.deletionDate().filter(d -> box.renewalDaysAfterExpiry() > 0 && d.isAfter(today))
                    .map(d -> new StatusLine("selfservice.status.EXPIRED", StatusLine.Tone.ERROR, box.expiresOn(), d, days(today, d)))
                    .orElseGet(() -> new StatusLine("selfservice.status.EXPIRED_UNRECOVERABLE", StatusLine.Tone.ERROR, box.expiresOn()));
            case DELETED -> new StatusLine("selfservice.status.DELETED", StatusLine.Tone.ERROR, box.stateSince());
            case DEACTIVATED -> new StatusLine("selfservice.status.DEACTIVATED", StatusLine.Tone.ERROR, box.stateSince());
        };
    }

    /** What else the member must know today about their mailbox, most urgent first. */
    public static List<StatusLine> warnings(Optional<MailboxDetails> mailbox) {
        var lines = new ArrayList<StatusLine>();
        mailbox.filter(b -> b.state().isValidPec()).ifPresent(box -> {
            if (box.autoRenewal() && box.cardValidUntil() != null && box.lapseDate().isPresent()) {
                lines.add(new StatusLine("selfservice.warning.card", StatusLine.Tone.WARNING, box.cardValidUntil().atEndOfMonth(), box.expiresOn()));
            } else if (box.lapseDate().isPresent()) {
                lines.add(new StatusLine("selfservice.warning.noAutoRenewal", StatusLine.Tone.WARNING, box.expiresOn()));
            } else {
                lines.add(new StatusLine("selfservice.info.autoRenewal", StatusLine.Tone.OK, box.expiresOn()));
            }
        });
        return lines;
    }

    static long days(LocalDate today, LocalDate day) {
        return day == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(today, day));
    }
}
