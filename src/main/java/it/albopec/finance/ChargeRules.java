package it.albopec.finance;

import java.time.LocalDate;

/** The dates of a charge, in one place: the ledger's SQL, the grid's "overdue" and the budget follow them. */
public final class ChargeRules {

    /** A term's fee is due this many days after the term starts (activation or renewal date). */
    public static final int PAYMENT_TERM_DAYS = 30;

    private ChargeRules() {}

    public static LocalDate dueOn(LocalDate periodStart) {
        return periodStart.plusDays(PAYMENT_TERM_DAYS);
    }

    /** Italian Orders are public bodies: their fiscal year is the calendar year. */
    public static int fiscalYear(LocalDate dueOn) {
        return dueOn.getYear();
    }

    public static boolean overdue(ChargeState state, LocalDate dueOn, LocalDate today) {
        return state == ChargeState.DUE && dueOn.isBefore(today);
    }
}
