package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;

import it.albopec.convention.PaymentMethod;

/** A step the Order's staff records on one or many mailboxes, with the day it happened. */
public sealed interface MailboxCommand {

    LocalDate on();

    /** The member registered on the provider's portal (method null when the Order pays). */
    record RecordRequest(LocalDate on, PaymentMethod method, boolean autoRenewalWanted, YearMonth cardValidUntil,
                         String pecAddress, String providerLogin) implements MailboxCommand {}

    record PaymentReceived(LocalDate on) implements MailboxCommand {}

    record DocumentsReceived(LocalDate on) implements MailboxCommand {}

    record Activation(LocalDate on, String pecAddress, String providerLogin) implements MailboxCommand {}

    record TestMessageReceived(LocalDate on) implements MailboxCommand {}

    record Renewal(LocalDate on) implements MailboxCommand {}

    record Deactivation(LocalDate on, String reason) implements MailboxCommand {}

    /** New payment data, e.g. the member's new card (Foggia: to be entered "nel più breve tempo possibile"). */
    record PaymentChange(LocalDate on, PaymentMethod method, boolean autoRenewalWanted, YearMonth cardValidUntil)
            implements MailboxCommand {}
}
