package it.albopec.spreadsheet;

import java.time.LocalDate;
import java.util.List;

import it.albopec.audit.FieldChange;

/**
 * Applies a provider's list of mailboxes to the Order's mailboxes; the mailbox module provides it. The import engine
 * depends on this interface and not on the mailbox module, because the mailbox module already uses this module's
 * {@link XlsxWriter} (a dependency the other way would be a cycle).
 */
public interface ProviderListReconciler {

    /**
     * @param write false: the dry run, nothing is kept
     * @return one result per row, in the order given, and the members with a working mailbox the list does not mention
     */
    Result reconcile(List<Row> rows, boolean write);

    /** One row of the provider's list. */
    record Row(String fiscalCode, String pecAddress, LocalDate activatedOn, LocalDate expiresOn, boolean closed) {}

    /** STILL_OPEN_AT_PROVIDER: nothing written; the Order must ask the provider to close that mailbox ({@code note}). */
    enum Outcome { CREATED, UPDATED, UNCHANGED, NO_MEMBER, STILL_OPEN_AT_PROVIDER }

    /** @param note a message key explaining the outcome, or null */
    record RowResult(Outcome outcome, List<FieldChange> changes, String note) {

        public RowResult(Outcome outcome, List<FieldChange> changes) {
            this(outcome, changes, null);
        }
    }

    record Result(List<RowResult> rows, List<String> unknownToProvider) {}
}
