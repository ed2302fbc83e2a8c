/**
 * The members' convention mailboxes: eligibility through the pre-load lists sent to the provider, request,
 * payment, documents, activation, expiry, renewal, deletion and deactivation, moved by date every day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mailbox")
@org.jspecify.annotations.NullMarked
package it.albopec.mailbox;
