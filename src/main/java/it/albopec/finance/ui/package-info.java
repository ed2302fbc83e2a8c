/** The finance staff's pages: charges, budget, lapse risk, fees, the provider's invoice. */
@org.jspecify.annotations.NullMarked
package it.albopec.finance.ui;
