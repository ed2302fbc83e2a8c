package it.albopec.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a checked invoice, or an expected charge no line bills ({@code lineNumber} null).
 *
 * @param billedKey the mailbox address or codice fiscale the line names
 * @param detail    why, in a few words (a translation key with its argument after a '|', or free text)
 */
public record InvoiceLine(long id, Integer lineNumber, String billedKey, LocalDate periodStart, BigDecimal billedAmount, InvoiceOutcome outcome,
                          Long chargeId, BigDecimal expectedAmount, String detail) {}
