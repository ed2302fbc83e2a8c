/** The providers page: the operator edits providers, the Orders' staff read them. */
@org.jspecify.annotations.NullMarked
package it.albopec.provider.ui;
