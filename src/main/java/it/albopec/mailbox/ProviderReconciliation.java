package it.albopec.mailbox;

import java.util.List;

import it.albopec.audit.FieldChange;

/**
 * What the provider's list did (or would do) to the Order's mailboxes, row by row in the order given, and the members
 * with an open mailbox here that the provider's list does not mention.
 */
public record ProviderReconciliation(List<Row> rows, List<String> unknownToProvider) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, NO_MEMBER }

    public record Row(Outcome outcome, List<FieldChange> changes) {}
}
