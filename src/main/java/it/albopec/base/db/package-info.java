/** The embedded MariaDB started for development when no database is configured. */
@org.jspecify.annotations.NullMarked
package it.albopec.base.db;
