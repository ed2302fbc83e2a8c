/** The layout and the dashboard shared by every module's views. */
@org.springframework.modulith.NamedInterface("ui")
package it.albopec.base.ui;
