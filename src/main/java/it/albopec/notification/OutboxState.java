package it.albopec.notification;

/** Where a message of the outbox stands. */
public enum OutboxState {
    /** Waiting to be sent (the first time, or again after a failure at {@code nextAttemptAt}). */
    PENDING,
    /** Claimed by one node, being handed to the SMTP server. */
    SENDING,
    SENT,
    /** Every attempt failed: the ADMIN sees the last error. */
    FAILED
}
