/** Views of the mailbox module: the mailboxes page, the pre-load lists, the dashboard and member sections. */
package it.albopec.mailbox.ui;
