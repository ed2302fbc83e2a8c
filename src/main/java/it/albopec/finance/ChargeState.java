package it.albopec.finance;

/**
 * Where a charge stands: {@code FORECAST} the next term of a working mailbox (not owed yet); {@code DUE} the term
 * started (activation or renewal) and has not been paid; {@code PAID}; {@code WAIVED} by the finance staff with a
 * reason; {@code CANCELLED} a forecast that will not happen (the mailbox expired, was deleted or deactivated).
 */
public enum ChargeState {
    FORECAST, DUE, PAID, WAIVED, CANCELLED
}
