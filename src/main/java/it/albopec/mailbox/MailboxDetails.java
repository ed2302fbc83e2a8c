package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import it.albopec.convention.PaymentMethod;

/** A mailbox as views and other modules read it. */
public record MailboxDetails(long id, long version, long orderId, long memberId, long conventionId, String pecAddress,
                             String providerLogin, PaymentMethod paymentMethod, boolean autoRenewal, YearMonth cardValidUntil,
                             int termMonths, boolean testMessageRequired, boolean documentsRequired, LocalDate eligibleOn,
                             LocalDate requestedOn, LocalDate paymentReceivedOn, LocalDate documentsReceivedOn,
                             LocalDate activatedOn, LocalDate expiresOn, LocalDate testMessageReceivedOn,
                             MailboxState state, LocalDate stateSince) {

    /** The day it will lapse if nobody acts (see {@link MailboxLifecycle#lapseDate}); only for working mailboxes. */
    public Optional<LocalDate> lapseDate() {
        if (!state.isValidPec()) {
            return Optional.empty();
        }
        return MailboxLifecycle.lapseDate(autoRenewal, cardValidUntil, expiresOn);
    }

    public boolean atRisk() {
        return lapseDate().isPresent();
    }

    /** Prato: active, but the test message to the Order's PEC has not arrived yet. */
    public boolean testMessageMissing() {
        return testMessageRequired && state.isValidPec() && testMessageReceivedOn == null;
    }

    public Optional<LocalDate> deletionDate() {
        return state == MailboxState.EXPIRED ? Optional.of(MailboxLifecycle.deletionDate(expiresOn)) : Optional.empty();
    }
}
