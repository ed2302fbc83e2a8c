/** The imports page: upload, column mapping, dry run, apply, failed rows and history. */
@org.jspecify.annotations.NullMarked
package it.albopec.spreadsheet.ui;
