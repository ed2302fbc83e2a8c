/**
 * Excel import and export through Apache POI: streaming writes (SXSSF) with real cell types and cells that
 * could be read as formulas neutralised (OWASP ASVS 5.0 1.2.10).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet")
@org.jspecify.annotations.NullMarked
package it.albopec.spreadsheet;
