package it.albopec.spreadsheet;

/** Where an import stands; only APPLIED has written to the register. */
public enum ImportStatus {
    PREVIEWING, PREVIEWED, APPLYING, APPLIED, FAILED, CANCELLED, REFUSED
}
