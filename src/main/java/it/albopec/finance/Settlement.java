package it.albopec.finance;

import java.time.LocalDate;

/** What the finance staff records on one or many charges. */
public sealed interface Settlement {

    /** The charge was paid on the day, with the reference of the payment (bank transfer, invoice). */
    record Paid(LocalDate paidOn, String reference) implements Settlement {}

    /** The Order waives the charge, saying why. */
    record Waived(String reason) implements Settlement {}
}
