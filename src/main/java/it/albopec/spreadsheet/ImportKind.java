package it.albopec.spreadsheet;

/** What an uploaded workbook holds. */
public enum ImportKind {
    /** The register of the Order's members, matched on codice fiscale. */
    REGISTER,
    /** The provider's list of the convention's mailboxes, matched to members and their mailboxes. */
    PROVIDER_MAILBOXES
}
