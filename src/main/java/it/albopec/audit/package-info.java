/**
 * Who changed what and when, for every entity of every module, readable by the Order's ADMIN.
 * Modules record through {@link it.albopec.audit.AuditTrail}; entries are never changed or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.jspecify.annotations.NullMarked
package it.albopec.audit;
