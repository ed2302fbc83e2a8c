package it.albopec.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import it.albopec.convention.Payer;

/**
 * A member's next charge, for the member's own page: who pays (the Order or the member), how much (null while no fee
 * is set), by when, for which term.
 */
public record NextCharge(Payer payer, BigDecimal amount, String currency, LocalDate dueOn, LocalDate periodStart, LocalDate periodEnd,
                         ChargeState state, boolean overdue) {}
