/** Views of the notification module. */
@org.jspecify.annotations.NullMarked
package it.albopec.notification.ui;
