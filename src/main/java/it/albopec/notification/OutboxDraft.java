package it.albopec.notification;

/**
 * A message to store in the outbox.
 *
 * @param orderId      the Order it belongs to (its ADMIN sees it at /notifications)
 * @param language     it, de or en: the language the texts are written in
 * @param kind         what it is, e.g. "ACTIVATION", "REMINDER_EXPIRING_60", "FORMAL_NOTICE"
 * @param dedupKey     the event it is about: a second message with the same key is never stored nor sent
 * @param confidential its body holds a secret (an activation or reset link): staff see only that it exists
 */
public record OutboxDraft(long orderId, String recipient, String language, String subject, String body, String kind,
                          String dedupKey, boolean confidential) {}
