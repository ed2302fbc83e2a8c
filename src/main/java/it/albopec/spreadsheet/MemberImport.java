package it.albopec.spreadsheet;

import java.time.Instant;
import java.util.List;

import it.albopec.audit.FieldChange;

/** An applied import that created or changed a member: the run (when, who, file) and the row's before/after. */
public record MemberImport(long runId, Instant appliedAt, String username, String fileName, ImportRowOutcome outcome,
                           List<FieldChange> changes) {

    public MemberImport {
        changes = List.copyOf(changes);
    }
}
