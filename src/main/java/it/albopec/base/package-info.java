/**
 * Shared ground of every module: the application shell and layout, translations, the clock, demo data
 * hooks and value objects that have rules of their own. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
@org.jspecify.annotations.NullMarked
package it.albopec.base;
