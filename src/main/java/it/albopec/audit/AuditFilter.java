package it.albopec.audit;

import java.time.LocalDate;

/** Filters of the audit page; null means "any". */
public record AuditFilter(String entityType, Long entityId, String username, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entityType, long entityId) {
        return new AuditFilter(entityType, entityId, null, null, null, null);
    }
}
