/** The conventions page: the ADMIN edits, disables and activates the Order's conventions; FINANCE reads them. */
@org.jspecify.annotations.NullMarked
package it.albopec.convention.ui;
