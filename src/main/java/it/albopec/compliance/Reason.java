package it.albopec.compliance;

/** Why an active member has no valid PEC as digital domicile. */
public enum Reason {
    /** Never had a convention mailbox nor communicated another address. */
    NONE,
    /** A convention mailbox was requested but is not active yet. */
    PENDING,
    /** The convention mailbox expired (still renewable for a while). */
    EXPIRED,
    /** The provider deleted the expired mailbox: a new address must be requested. */
    DELETED,
    /** The Order deactivated the mailbox. */
    DEACTIVATED,
    /** The address the member communicated outside the convention was found invalid (bounced, reported). */
    INVALID_ADDRESS
}
