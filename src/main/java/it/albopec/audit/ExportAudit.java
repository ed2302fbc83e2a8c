package it.albopec.audit;

import java.util.List;

import it.albopec.base.export.ListExported;
import it.albopec.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every export of a list into the audit trail of the exporting user's Order — who, which list, which filter and
 * columns, how many rows: the files carry personal data. Synchronous, in the exporting request, so that the
 * user is the one who downloaded. An export is no record of its own (its id is 0): the list's name, as the user saw
 * it, stands where a record's number would.
 */
@Component
class ExportAudit {

    static final String ENTITY_TYPE = "export";

    private final AuditTrail trail;
    private final CurrentUser currentUser;

    ExportAudit(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ListExported export) {
        currentUser.orderId().ifPresent(orderId -> trail.record(orderId, ENTITY_TYPE, 0, export.completed() ? "exported" : "export-stopped",
                export.title(), List.of(
                        new FieldChange("list", null, export.list()),
                        new FieldChange("filter", null, export.filter().isEmpty() ? null : export.filter()),
                        new FieldChange("format", null, export.format().extension()),
                        new FieldChange("columns", null, String.join(", ", export.columns())),
                        new FieldChange("rows", null, Long.toString(export.rows())))));
    }
}
