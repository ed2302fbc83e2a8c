package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import it.albopec.convention.PaymentMethod;
import it.albopec.member.MemberStatus;

/**
 * One member of the register with their current (latest) convention mailbox, if any: a row of the mailboxes page.
 *
 * @param activationExpectedOn while waiting for activation, the day the convention's activation time gives
 * @param activationOverdue    still waiting after that day (on the day the page was read): the Order calls the provider
 */
public record MailboxRow(long memberId, String fiscalCode, String surname, String givenName, MemberStatus memberStatus,
                         LocalDate registrationDate, boolean preloaded, Long mailboxId, Long version, MailboxState state,
                         String pecAddress, PaymentMethod paymentMethod, boolean autoRenewal, YearMonth cardValidUntil,
                         LocalDate expiresOn, boolean testMessageRequired, LocalDate testMessageReceivedOn,
                         boolean documentsRequired, LocalDate documentsReceivedOn, LocalDate activationExpectedOn,
                         boolean activationOverdue) {

    public boolean hasMailbox() {
        return mailboxId != null;
    }

    public Optional<LocalDate> lapseDate() {
        if (state == null || !state.isValidPec()) {
            return Optional.empty();
        }
        return MailboxLifecycle.lapseDate(autoRenewal, cardValidUntil, expiresOn);
    }

    public boolean testMessageMissing() {
        return testMessageRequired && state != null && state.isValidPec() && testMessageReceivedOn == null;
    }
}
