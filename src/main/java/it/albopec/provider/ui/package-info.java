/** The providers page: the operator edits providers, the Orders' staff read them. */
package it.albopec.provider.ui;
