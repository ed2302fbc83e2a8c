package it.albopec.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the mailboxes page; null or false means "any". Built from {@link #none()} with the {@code with…} methods,
 * e.g. {@code MailboxFilter.none().withAtRisk(true)}.
 *
 * @param text               surname or codice fiscale prefix, or the start of the PEC address
 * @param expiringWithinDays working mailboxes whose term ends within so many days
 */
public record MailboxFilter(@Nullable String text, @Nullable MailboxState state, @Nullable Integer expiringWithinDays, boolean atRisk,
                            boolean noMailbox,
                            boolean notPreloaded, boolean testMessageMissing, boolean documentsMissing, boolean withoutValidPec) {

    public static MailboxFilter none() {
        return new MailboxFilter(null, null, null, false, false, false, false, false, false);
    }

    public MailboxFilter withText(@Nullable String text) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withState(@Nullable MailboxState state) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withExpiringWithinDays(@Nullable Integer expiringWithinDays) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withAtRisk(boolean atRisk) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withNoMailbox(boolean noMailbox) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withNotPreloaded(boolean notPreloaded) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withTestMessageMissing(boolean testMessageMissing) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withDocumentsMissing(boolean documentsMissing) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }

    public MailboxFilter withNoValidPec(boolean withoutValidPec) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec);
    }
}
