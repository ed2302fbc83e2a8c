package it.albopec.mailbox;

/**
 * Filters of the mailboxes page; null or false means "any".
 *
 * @param text               surname or codice fiscale prefix, or the start of the PEC address
 * @param expiringWithinDays working mailboxes whose term ends within so many days
 * @param activationOverdue  waiting for activation longer than the convention's time (Bolzano "di norma 2/3 giorni",
 *                           Foggia "in genere 2/3 gg lavorativi"): the Order calls the provider
 */
public record MailboxFilter(String text, MailboxState state, Integer expiringWithinDays, boolean atRisk, boolean noMailbox,
                            boolean notPreloaded, boolean testMessageMissing, boolean documentsMissing, boolean withoutValidPec,
                            boolean activationOverdue) {

    /** The filters without the overdue activations (as before that filter existed). */
    public MailboxFilter(String text, MailboxState state, Integer expiringWithinDays, boolean atRisk, boolean noMailbox,
                         boolean notPreloaded, boolean testMessageMissing, boolean documentsMissing, boolean withoutValidPec) {
        this(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing, withoutValidPec, false);
    }

    public static MailboxFilter none() {
        return new MailboxFilter(null, null, null, false, false, false, false, false, false, false);
    }

    public MailboxFilter withActivationOverdue(boolean overdue) {
        return new MailboxFilter(text, state, expiringWithinDays, atRisk, noMailbox, notPreloaded, testMessageMissing, documentsMissing,
                withoutValidPec, overdue);
    }
}
