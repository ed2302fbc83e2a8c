/** The conventions page: the ADMIN edits, disables and activates the Order's conventions; FINANCE reads them. */
package it.albopec.convention.ui;
