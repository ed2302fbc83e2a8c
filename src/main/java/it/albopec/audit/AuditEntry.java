package it.albopec.audit;

import java.time.Instant;
import java.util.List;

/** One recorded action: who did what to which record of which Order, when, with the fields it changed. */
public record AuditEntry(long id, Long orderId, String entityType, long entityId, String action,
                         String username, Instant at, String reason, List<FieldChange> changes) {}
