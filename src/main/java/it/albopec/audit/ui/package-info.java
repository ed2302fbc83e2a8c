/** The audit page, and the grid of audit entries that other modules show beside their records. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package it.albopec.audit.ui;
