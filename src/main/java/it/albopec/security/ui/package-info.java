/** Views of the security module: login and the users of an Order. */
package it.albopec.security.ui;
