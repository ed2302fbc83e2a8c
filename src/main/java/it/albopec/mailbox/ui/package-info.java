/** Views of the mailbox module: the mailboxes page, the pre-load lists, the dashboard and member sections. */
@org.jspecify.annotations.NullMarked
package it.albopec.mailbox.ui;
