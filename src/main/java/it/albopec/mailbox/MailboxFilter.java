package it.albopec.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the mailboxes page; null or false means "any". Built from {@link #none()} with the {@code with…} methods,
 * e.g. {@code MailboxFilter.none().withAtRisk(true)}.
 *
 * @param text               surname or codice fiscale prefix, or the start of the PEC address
 * @param expiringWithinDays working mailboxes whose term ends within so many days
 * @param activationOverdue  waiting for activation longer than the convention's time (Bolzano "di norma 2/3 giorni",
 *                           Foggia "in genere 2/3 gg lavorativi"): the Order calls the provider
 */
public record MailboxFilter(@Nullable String text, @Nullable MailboxState state, @Nullable Integer expiringWithinDays, boolean atRisk,
                            boolean noMailbox, boolean notPreloaded, boolean testMessageMissing, boolean documentsMissing,
                            boolean withoutValidPec, boolean activationOverdue) {

    /** The filters without the overdue activations (as before that filter existed). */
    public MailboxFilter(@Nullable String text, @Nullable MailboxState state, @Nullable Integer expiringWithinDays, boolean atRisk,
                         boolean noMailbox, boolean notPreloaded, boolean testMessageMissing, boolean documentsMissing,
                         boolean withoutValidPec) {
        this(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing, withoutValidPec, false);
    }

    public static MailboxFilter none() {
        return new MailboxFilter(null, null, null, false, false, false, false, false, false, false);
    }

    public MailboxFilter withText(@Nullable String text) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withState(@Nullable MailboxState state) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withExpiringWithinDays(@Nullable Integer expiringWithinDays) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withAtRisk(boolean atRisk) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withNoMailbox(boolean noMailbox) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withNotPreloaded(boolean notPreloaded) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withTestMessageMissing(boolean testMessageMissing) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withDocumentsMissing(boolean documentsMissing) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withNoValidPec(boolean withoutValidPec) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }

    public MailboxFilter withActivationOverdue(boolean activationOverdue) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, activationOverdue);
    }
}
