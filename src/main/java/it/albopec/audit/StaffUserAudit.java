package it.albopec.audit;

import it.albopec.security.StaffUserChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes to an Order's staff users in the Order's audit trail. The security module cannot call the audit trail
 * (the trail asks security who is signed in), so it tells what happened; this listener runs in the same transaction.
 */
@Component
class StaffUserAudit {

    static final String TYPE = "user";

    private final AuditTrail audit;

    StaffUserAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(StaffUserChanged event) {
        audit.record(event.orderId(), TYPE, event.userId(), event.action(), null, event.fields().stream()
                .map(f -> new FieldChange(f.name(), f.before(), f.after())).toList());
    }
}
