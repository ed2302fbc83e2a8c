package it.albopec.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters of the audit page; null means "any". Built from {@link #none()} with the {@code with…} methods. */
public record AuditFilter(@Nullable String entityType, @Nullable Long entityId, @Nullable String username, @Nullable String action,
                          @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entityType, long entityId) {
        return new AuditFilter(entityType, entityId, null, null, null, null);
    }

    public AuditFilter withEntityType(@Nullable String entityType) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withEntityId(@Nullable Long entityId) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withUsername(@Nullable String username) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withAction(@Nullable String action) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withFrom(@Nullable LocalDate from) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }

    public AuditFilter withTo(@Nullable LocalDate to) {
        return new AuditFilter(entityType, entityId, username, action, from, to);
    }
}
