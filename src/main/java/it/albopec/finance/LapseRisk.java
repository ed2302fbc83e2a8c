package it.albopec.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import it.albopec.convention.Payer;

/**
 * A working mailbox whose next renewal will likely fail, the day it will lapse and the money at stake: the next
 * term's fee plus what is still unpaid and overdue.
 */
public record LapseRisk(long mailboxId, long memberId, String surname, String givenName, String fiscalCode, String pecAddress,
                        LocalDate lapsesOn, Set<Reason> reasons, Payer payer, BigDecimal nextFee, BigDecimal unpaid) {

    public enum Reason {
        /** Bollettino or bank transfer, or renewal turned off: nothing renews the mailbox by itself. */
        NO_AUTOMATIC_RENEWAL,
        /** The payment card expires before the renewal date (Foggia). */
        CARD_EXPIRES,
        /** A charge of the mailbox is due and overdue. */
        UNPAID
    }

    public LapseRisk {
        reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
    }

    public BigDecimal atStake() {
        return (nextFee == null ? BigDecimal.ZERO : nextFee).add(unpaid == null ? BigDecimal.ZERO : unpaid);
    }
}
