package it.albopec.finance;

import java.util.List;

/** How a step on many charges went, row by row: each one done or refused with its reason. */
public record SettlementOutcome(List<Row> rows) {

    public record Row(long chargeId, String label, boolean done, String messageKey, Object[] arguments) {}

    public long done() {
        return rows.stream().filter(Row::done).count();
    }

    public List<Row> refused() {
        return rows.stream().filter(r -> !r.done()).toList();
    }
}
