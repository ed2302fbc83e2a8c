/** Views of the security module: login and the users of an Order. */
@org.jspecify.annotations.NullMarked
package it.albopec.security.ui;
