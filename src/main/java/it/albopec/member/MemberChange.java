package it.albopec.member;

import java.util.List;

import it.albopec.audit.FieldChange;

/**
 * The outcome of saving (or previewing) a member: what happened and which fields changed, old → new.
 *
 * @param member  the member after the save; for a preview of a new member or a refused form, null; for
 *                {@link MemberService#writeChecked} the member as it was before (null for a new one): nothing is read back
 * @param refusal for {@link Kind#REFUSED} (chunk methods only), what the single-row method would have thrown: a
 *                {@link it.albopec.base.ServiceException} or a {@link jakarta.validation.ConstraintViolationException}
 */
public record MemberChange(Kind kind, MemberDetails member, List<FieldChange> changes, RuntimeException refusal) {

    /** STALE: an import's row whose member changed since its dry run (by a colleague); nothing written. */
    public enum Kind { CREATED, CHANGED, UNCHANGED, REFUSED, STALE }

    public MemberChange(Kind kind, MemberDetails member, List<FieldChange> changes) {
        this(kind, member, changes, null);
    }

    static MemberChange refused(RuntimeException refusal) {
        return new MemberChange(Kind.REFUSED, null, List.of(), refusal);
    }
}
