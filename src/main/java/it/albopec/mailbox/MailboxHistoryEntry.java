package it.albopec.mailbox;

import java.time.Instant;
import java.time.LocalDate;

/** One dated step of a mailbox's life. */
public record MailboxHistoryEntry(MailboxState from, MailboxState to, MailboxAction action, LocalDate effectiveOn,
                                  Instant at, String username, String reason) {}
