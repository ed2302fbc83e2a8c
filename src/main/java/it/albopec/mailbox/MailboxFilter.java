package it.albopec.mailbox;

/**
 * Filters of the mailboxes page; null or false means "any".
 *
 * @param text               surname or codice fiscale prefix, or the start of the PEC address
 * @param expiringWithinDays working mailboxes whose term ends within so many days
 */
public record MailboxFilter(String text, MailboxState state, Integer expiringWithinDays, boolean atRisk, boolean noMailbox,
                            boolean notPreloaded, boolean testMessageMissing, boolean documentsMissing, boolean withoutValidPec) {

    public static MailboxFilter none() {
        return new MailboxFilter(null, null, null, false, false, false, false, false, false);
    }
}
