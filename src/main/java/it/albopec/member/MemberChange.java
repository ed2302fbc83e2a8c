package it.albopec.member;

import java.util.List;

import it.albopec.audit.FieldChange;

/**
 * The outcome of saving (or previewing) a member: what happened and which fields changed, old → new.
 *
 * @param member the member after the save; for a preview of a new member, null
 */
public record MemberChange(Kind kind, MemberDetails member, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, UNCHANGED }
}
