package it.albopec.mailbox;

import java.util.List;

import it.albopec.spreadsheet.ProviderListReconciler;
import org.springframework.stereotype.Component;

/** The mailbox module's side of the import of a provider's list: every row goes through {@link MailboxService}. */
@Component
class ProviderListImport implements ProviderListReconciler {

    private final MailboxService mailboxes;

    ProviderListImport(MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public Result reconcile(List<Row> rows, boolean write) {
        ProviderReconciliation outcome = mailboxes.reconcileFromProvider(rows.stream()
                .map(r -> new ProviderMailbox(r.fiscalCode(), r.pecAddress(), r.activatedOn(), r.expiresOn(), r.closed())).toList(), write);
        return new Result(outcome.rows().stream()
                .map(r -> new RowResult(Outcome.valueOf(r.outcome().name()), r.changes(), r.note())).toList(), outcome.unknownToProvider());
    }
}
