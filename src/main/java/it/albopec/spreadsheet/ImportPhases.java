package it.albopec.spreadsheet;

/**
 * Where an import spent its time, in milliseconds: reading the sheet, checking its rows against the register's rules
 * (with the register's answer per chunk), storing the preview, and applying it; a phase not run yet is 0.
 */
public record ImportPhases(long readMs, long validateMs, long storeMs, long applyMs) {
}
