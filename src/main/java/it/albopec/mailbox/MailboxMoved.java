package it.albopec.mailbox;

import java.time.LocalDate;

/**
 * One step of a mailbox's life was recorded (activation, renewal, deactivation, expiry…), published with its
 * history row so that other modules (finance: the charge of each term) follow the mailbox without reading its
 * tables on every change. The daily job moves mailboxes set-based and tells {@link MailboxCalendarApplied} instead.
 */
public record MailboxMoved(long orderId, long mailboxId, MailboxState from, MailboxState to, MailboxAction action, LocalDate on) {}
