/**
 * Excel import through Apache POI (its downloads — failed rows, preview — go through base.export, the one writer of every export, which
 * neutralises cells that could be read as formulas, OWASP ASVS 5.0 1.2.10).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet")
@org.jspecify.annotations.NullMarked
package it.albopec.spreadsheet;
