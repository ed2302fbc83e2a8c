package it.albopec.compliance;

/** How the Order learnt that an address outside the convention is not a working PEC. */
public enum InvalidReason {
    /** A message to the address came back (delivery failure receipt). */
    BOUNCED,
    /** The provider, INI-PEC or the member reported the address closed or not a PEC. */
    REPORTED
}
