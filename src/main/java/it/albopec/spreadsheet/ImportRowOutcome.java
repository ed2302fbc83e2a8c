package it.albopec.spreadsheet;

/** What the dry run found for one row. */
public enum ImportRowOutcome {
    NEW, CHANGED, UNCHANGED, INVALID
}
