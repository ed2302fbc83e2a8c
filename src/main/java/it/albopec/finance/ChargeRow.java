package it.albopec.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.albopec.convention.Payer;

/**
 * One charge as the costs page shows it, with the member and the mailbox it belongs to.
 *
 * @param periodEnd first day after the term (the mailbox's expiry of that term)
 * @param amount    null while no fee is set for the convention
 */
public record ChargeRow(long id, long version, long memberId, long mailboxId, String surname, String givenName, String fiscalCode,
                        String pecAddress, String conventionCode, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
                        String currency, Payer payer, ChargeState state, LocalDate dueOn, LocalDate paidOn, String paymentReference,
                        String note, boolean overdue) {

    public int fiscalYear() {
        return ChargeRules.fiscalYear(dueOn);
    }
}
