/** Views of the selfservice module. */
@org.jspecify.annotations.NullMarked
package it.albopec.selfservice.ui;
