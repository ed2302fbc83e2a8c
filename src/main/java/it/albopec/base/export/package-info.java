/**
 * Exports of lists to .xlsx and CSV, streamed page by page from the list's own query: one writer and one
 * download for every module's grid. A module describes its columns ({@link it.albopec.base.export.ExportColumn}) and
 * how to read the next page after a row ({@link it.albopec.base.export.RowPages}); {@link it.albopec.base.export.TableExports}
 * writes, counts and announces the export ({@link it.albopec.base.export.ListExported}) for the audit trail.
 */
@org.springframework.modulith.NamedInterface("export")
@org.jspecify.annotations.NullMarked
package it.albopec.base.export;
