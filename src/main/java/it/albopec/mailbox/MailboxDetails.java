package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import it.albopec.convention.PaymentMethod;

/**
 * A mailbox as views and other modules read it.
 *
 * @param activationExpectedOn   while waiting for activation, the day the convention's time gives (else null)
 * @param renewalDaysAfterExpiry the convention's days to renew after expiry (0: unrecoverable at expiry, Foggia)
 */
public record MailboxDetails(long id, long version, long orderId, long memberId, long conventionId, String pecAddress,
                             String providerLogin, PaymentMethod paymentMethod, boolean autoRenewal, YearMonth cardValidUntil,
                             int termMonths, boolean testMessageRequired, boolean documentsRequired, LocalDate eligibleOn,
                             LocalDate requestedOn, LocalDate paymentReceivedOn, LocalDate documentsReceivedOn,
                             LocalDate activatedOn, LocalDate expiresOn, LocalDate testMessageReceivedOn,
                             MailboxState state, LocalDate stateSince, LocalDate activationExpectedOn,
                             int renewalDaysAfterExpiry) {

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

    /** For an expired mailbox: the day it becomes unrecoverable under its convention's rule. */
    public Optional<LocalDate> deletionDate() {
        return state == MailboxState.EXPIRED ? Optional.of(MailboxLifecycle.deletionDate(expiresOn, renewalDaysAfterExpiry)) : Optional.empty();
    }

    /** Waiting for the provider's activation past the day the convention's activation time gives: call the provider. */
    public boolean activationOverdue(LocalDate today) {
        return MailboxState.PENDING.contains(state) && activationExpectedOn != null && today.isAfter(activationExpectedOn);
    }
}
