/** Views of the compliance module: the compliance page, its dialogs and the dashboard's panel and figures. */
@org.jspecify.annotations.NullMarked
package it.albopec.compliance.ui;
