/** The INI-PEC feeds page. */
@org.jspecify.annotations.NullMarked
package it.albopec.inipec.ui;
