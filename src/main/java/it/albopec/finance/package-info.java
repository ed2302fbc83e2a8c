/**
 * Renewal costs: one charge per term of each convention mailbox (who pays, how much, when), the fee history, the
 * budget per fiscal year, the money at stake in mailboxes likely to lapse, and the provider's invoice checked line
 * by line. Charges follow the mailbox module's events; other modules read costs through {@link it.albopec.finance.MemberCosts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
@org.jspecify.annotations.NullMarked
package it.albopec.finance;
