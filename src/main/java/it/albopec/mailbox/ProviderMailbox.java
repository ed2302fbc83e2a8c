package it.albopec.mailbox;

import java.time.LocalDate;

/**
 * One row of the list of mailboxes the provider sends back: whose it is, its address, when it was activated and
 * when it expires, and whether the provider has closed it.
 */
public record ProviderMailbox(String fiscalCode, String pecAddress, LocalDate activatedOn, LocalDate expiresOn, boolean closed) {
}
