package it.albopec.convention;

/**
 * A disabled convention is cancelled at the provider (Bolzano: "NON cliccare sopra a DISABILITA in quanto la
 * convenzione verrà cancellata"): no mailbox can be requested under it until an ADMIN activates it again.
 */
public enum ConventionStatus {
    ACTIVE,
    DISABLED
}
