package it.albopec.finance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The filtered charges: how many, their total, how many have no amount yet (no fee set), and the total of each state
 * among them (empty where only the overall figures are asked for).
 */
public record ChargeTotals(long count, BigDecimal amount, long withoutAmount, Map<ChargeState, BigDecimal> byState) {

    public ChargeTotals {
        byState = Map.copyOf(byState);
    }

    public ChargeTotals(long count, BigDecimal amount, long withoutAmount) {
        this(count, amount, withoutAmount, Map.of());
    }
}
