package it.albopec.mailbox;

import java.time.Instant;
import java.time.LocalDate;

/** A list of members sent to the provider: when, by whom, how many, in which file. */
public record PreloadListSummary(long id, long conventionId, LocalDate sentOn, Instant createdAt, String username,
                                 int memberCount, String fileName) {}
