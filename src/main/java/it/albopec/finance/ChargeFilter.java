package it.albopec.finance;

import it.albopec.convention.Payer;

/**
 * What the costs page shows: each criterion null (or false) when not set. The view changes one criterion at a time.
 *
 * @param fiscalYear the year the charges fall due in
 * @param overdue    due charges whose due date has passed
 * @param mailboxId  the charges of one mailbox
 */
public record ChargeFilter(Integer fiscalYear, Payer payer, ChargeState state, Long conventionId, boolean overdue, String text, Long mailboxId) {

    public static ChargeFilter empty() {
        return new ChargeFilter(null, null, null, null, false, null, null);
    }

    public ChargeFilter withFiscalYear(Integer year) {
        return new ChargeFilter(year, payer, state, conventionId, overdue, text, mailboxId);
    }

    public ChargeFilter withPayer(Payer payer) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text, mailboxId);
    }

    public ChargeFilter withState(ChargeState state) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text, mailboxId);
    }

    public ChargeFilter withConvention(Long conventionId) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text, mailboxId);
    }

    public ChargeFilter withOverdue(boolean overdue) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text, mailboxId);
    }

    /** The charges of one mailbox (the mailbox's link to its costs). */
    public ChargeFilter withMailbox(Long mailboxId) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text, mailboxId);
    }

    public ChargeFilter withText(String text) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text, mailboxId);
    }
}
