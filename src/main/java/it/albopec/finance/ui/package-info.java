/** The finance staff's pages: charges, budget, lapse risk, fees, the provider's invoice. */
package it.albopec.finance.ui;
