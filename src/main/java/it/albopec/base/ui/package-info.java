/** The layout and the dashboard shared by every module's views. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package it.albopec.base.ui;
