package it.albopec.finance;

import java.math.BigDecimal;

/**
 * The cost of one fiscal year, split by payer. A term's fee counts in the year it falls due.
 *
 * @param orderCharged   due and paid charges the Order pays (Prato: every mailbox)
 * @param orderForecast  forecasts of the next term and the terms after it, at the forecast's fee
 * @param withoutAmount  charges counted without an amount because no fee is set yet
 * @param orderTerms     the terms (one mailbox's fee each) falling due in the year that the Order pays, charged and forecast
 * @param memberTerms    the same, paid by the members
 */
public record BudgetYear(int year, BigDecimal orderCharged, BigDecimal orderForecast, BigDecimal memberCharged,
                         BigDecimal memberForecast, long withoutAmount, long orderTerms, long memberTerms) {

    public BigDecimal orderTotal() {
        return orderCharged.add(orderForecast);
    }

    public BigDecimal memberTotal() {
        return memberCharged.add(memberForecast);
    }

    public BigDecimal total() {
        return orderTotal().add(memberTotal());
    }
}
