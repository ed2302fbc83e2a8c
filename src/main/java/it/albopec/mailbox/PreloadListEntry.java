package it.albopec.mailbox;

/** One member in a pre-load list, as the provider's file lists them. */
public record PreloadListEntry(String fiscalCode, String surname, String givenName) {}
