package it.albopec.finance;

/** How a line of the provider's invoice compares with the charges the Order expects. */
public enum InvoiceOutcome {
    /** A charge of the Order for that mailbox and period, same amount. */
    MATCHED,
    /** Billed but not expected: no working mailbox of the Order for that period (e.g. a member struck off whose mailbox should have been deactivated), or billed twice. */
    NOT_EXPECTED,
    /** Expected but not billed: a due or paid charge of the invoice's period that no line bills. */
    NOT_BILLED,
    /** The charge exists, the amount differs. */
    AMOUNT_DIFFERS,
    /** The line cannot be read (no address or codice fiscale, no period, no amount). */
    INVALID
}
