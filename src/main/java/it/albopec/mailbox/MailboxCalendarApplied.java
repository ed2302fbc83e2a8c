package it.albopec.mailbox;

import java.time.LocalDate;

/**
 * The daily job moved the mailboxes of all Orders by the calendar of {@code day}: every mailbox it moved (renewed
 * automatically, expiring, expired, deleted, deactivated) has {@code state_since = day}.
 */
public record MailboxCalendarApplied(LocalDate day) {}
