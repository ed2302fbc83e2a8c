/** The imports page: upload, column mapping, dry run, apply, failed rows and history. */
package it.albopec.spreadsheet.ui;
