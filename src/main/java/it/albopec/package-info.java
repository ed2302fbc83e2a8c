/** The Albo PEC application: one package per module below; see docs/architecture.md. */
@org.jspecify.annotations.NullMarked
package it.albopec;
