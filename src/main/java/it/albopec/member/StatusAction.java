package it.albopec.member;

import java.util.EnumSet;
import java.util.Set;

/** The actions that change a member's status; a status is never edited freely. */
public enum StatusAction {
    SUSPEND(MemberStatus.SUSPENDED, EnumSet.of(MemberStatus.ACTIVE), "suspended"),
    REINSTATE(MemberStatus.ACTIVE, EnumSet.of(MemberStatus.SUSPENDED, MemberStatus.STRUCK_OFF, MemberStatus.TRANSFERRED), "reinstated"),
    TRANSFER(MemberStatus.TRANSFERRED, EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED), "transferred"),
    STRIKE_OFF(MemberStatus.STRUCK_OFF, EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED), "struck-off"),
    RECORD_DEATH(MemberStatus.DECEASED, EnumSet.complementOf(EnumSet.of(MemberStatus.DECEASED)), "deceased");

    private final MemberStatus target;
    private final Set<MemberStatus> from;
    private final String auditAction;

    StatusAction(MemberStatus target, Set<MemberStatus> from, String auditAction) {
        this.target = target;
        this.from = from;
        this.auditAction = auditAction;
    }

    public MemberStatus target() {
        return target;
    }

    public boolean allowedFrom(MemberStatus status) {
        return from.contains(status);
    }

    /** The action's name in the audit log. */
    public String auditAction() {
        return auditAction;
    }

    /** The member leaves the Order: the mailbox module must hear of it (Prato, OMCEO-PO-0035). */
    public boolean leavesOrder() {
        return this == TRANSFER || this == STRIKE_OFF;
    }
}
