package it.albopec.notification;

import java.time.Instant;

/** A message of the outbox as the ADMIN reads it; {@code body} is null for confidential messages. */
public record OutboxMessage(long id, String recipient, String language, String subject, String body, boolean confidential,
                           String kind, OutboxState state, int attempts, Instant nextAttemptAt, String lastError,
                           Instant createdAt, Instant sentAt) {}
