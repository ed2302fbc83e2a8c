/**
 * E-mail to members and staff through a transactional outbox: {@link it.albopec.notification.Outbox#enqueue} stores a
 * message in the caller's transaction; the dispatcher sends it through Spring Mail with retries and backoff; the
 * reminders job writes the members' reminders and the ADMIN's daily summary. Without an SMTP server (local profile)
 * messages wait in the outbox, which the ADMIN reads at {@code /notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
@org.jspecify.annotations.NullMarked
package it.albopec.notification;
