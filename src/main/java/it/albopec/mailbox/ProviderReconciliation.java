package it.albopec.mailbox;

import java.util.List;

import it.albopec.audit.FieldChange;

/**
 * What the provider's list did (or would do) to the Order's mailboxes, row by row in the order given, and the members
 * with an open mailbox here that the provider's list does not mention.
 */
public record ProviderReconciliation(List<Row> rows, List<String> unknownToProvider) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, NO_MEMBER,
        /**
         * Left untouched: the provider keeps an active mailbox for a member who left (transferred, struck off, deceased)
         * or one the Order deactivated. The Order asks the provider to close it; nothing is opened or reopened here.
         */
        STILL_OPEN_AT_PROVIDER
    }

    /** @param note the message key that explains the outcome to the Order, or null */
    public record Row(Outcome outcome, List<FieldChange> changes, String note) {

        public Row(Outcome outcome, List<FieldChange> changes) {
            this(outcome, changes, null);
        }
    }
}
