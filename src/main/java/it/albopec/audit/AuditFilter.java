package it.albopec.audit;

import java.time.LocalDate;

/** Filters of the audit page; null means "any". Built from {@link #none()} with the {@code with…} methods. */
public record AuditFilter(String entityType, Long entityId, String username, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entityType, long entityId) {
        return new AuditFilter(entityType, entityId, null, null, null, null);
    }

    public AuditFilter withEntityType(String entityType) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withEntityId(Long entityId) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withUsername(String username) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withAction(String action) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withFrom(LocalDate from) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withTo(LocalDate to) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }
}
