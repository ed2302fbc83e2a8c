/** The INI-PEC feeds page. */
package it.albopec.inipec.ui;
