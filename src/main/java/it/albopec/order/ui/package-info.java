/** The platform operator's pages for the Orders. */
@org.jspecify.annotations.NullMarked
package it.albopec.order.ui;
