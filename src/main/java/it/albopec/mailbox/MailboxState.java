package it.albopec.mailbox;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a convention mailbox stands (DESIGN.md). {@code ELIGIBLE}: the member is in the pre-load list sent to the
 * provider; {@code EXPIRING} from 90 days before expiry; {@code EXPIRED} still renewable for as many days as the
 * convention allows (90 where the Order is silent, none for Foggia); {@code DELETED} unrecoverable (the member
 * registers again: a new mailbox record, a new address); {@code DEACTIVATED} by the Order.
 */
public enum MailboxState {
    ELIGIBLE, REQUESTED, AWAITING_PAYMENT, AWAITING_DOCUMENTS, ACTIVE, EXPIRING, EXPIRED, DELETED, DEACTIVATED;

    /** States in which the request is under way but the mailbox is not active yet. */
    public static final Set<MailboxState> PENDING = EnumSet.of(REQUESTED, AWAITING_PAYMENT, AWAITING_DOCUMENTS);

    /** A closed mailbox stays as history; the member may then open a new one. */
    public boolean isOpen() {
        return this != DELETED && this != DEACTIVATED;
    }

    /** The member has a working PEC: the digital domicile the law requires (DL 76/2020 art. 37). */
    public boolean isValidPec() {
        return this == ACTIVE || this == EXPIRING;
    }
}
