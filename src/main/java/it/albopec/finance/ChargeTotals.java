package it.albopec.finance;

import java.math.BigDecimal;

/** The filtered charges: how many, their total, and how many have no amount yet (no fee set). */
public record ChargeTotals(long count, BigDecimal amount, long withoutAmount) {}
