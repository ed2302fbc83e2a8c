package it.albopec.finance;

import it.albopec.convention.Payer;

/**
 * What the costs page shows: each criterion null (or false) when not set. The view changes one criterion at a time.
 *
 * @param fiscalYear the year the charges fall due in
 * @param overdue    due charges whose due date has passed
 */
public record ChargeFilter(Integer fiscalYear, Payer payer, ChargeState state, Long conventionId, boolean overdue, String text) {

    public static ChargeFilter empty() {
        return new ChargeFilter(null, null, null, null, false, null);
    }

    public ChargeFilter withFiscalYear(Integer year) {
        return new ChargeFilter(year, payer, state, conventionId, overdue, text);
    }

    public ChargeFilter withPayer(Payer payer) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text);
    }

    public ChargeFilter withState(ChargeState state) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text);
    }

    public ChargeFilter withConvention(Long conventionId) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text);
    }

    public ChargeFilter withOverdue(boolean overdue) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text);
    }

    public ChargeFilter withText(String text) {
        return new ChargeFilter(fiscalYear, payer, state, conventionId, overdue, text);
    }
}
