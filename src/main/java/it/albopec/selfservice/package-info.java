/**
 * The members' own part of the product: their accounts (activation by the Order, password reset), the page
 * {@code /me} with their data, mailbox state and what to do next, and Prato's "I sent the test message".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-service")
@org.jspecify.annotations.NullMarked
package it.albopec.selfservice;
