package it.albopec.member;

/** Where a member stands in the register. Only {@link #ACTIVE} and {@link #SUSPENDED} members belong to the Order. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, TRANSFERRED, STRUCK_OFF, DECEASED;

    /** Still on the Order's register (a suspended member keeps the registration). */
    public boolean isRegistered() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
