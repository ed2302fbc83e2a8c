package it.albopec.member;

import java.util.regex.Pattern;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.PlainText;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's own entry in the register, and nobody else's: no method takes an id, the member comes from
 * the session ({@link CurrentUser#requireMemberId()}). The member may correct their contact e-mail and phone; the
 * change is audited like a change by staff.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_MEMBER)
public class OwnRecord {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()-]{6,40}");

    private final MemberRepository members;
    private final MemberQueries queries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OwnRecord(MemberRepository members, MemberQueries queries, CurrentUser currentUser, AuditTrail audit) {
        this.members = members;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public MemberDetails mine() {
        return queries.get(currentUser.requireOrderId(), currentUser.requireMemberId()).orElseThrow(NotFoundException::new);
    }

    /**
     * @param expectedVersion the version of the record the member saw
     * @throws ServiceException                         an address or number that cannot be right (nothing changed)
     * @throws ObjectOptimisticLockingFailureException the Order changed the record meanwhile
     */
    @Transactional
    public MemberDetails updateContact(long expectedVersion, String email, String phone) {
        String newEmail = blankToNull(email);
        String newPhone = blankToNull(phone);
        if (newEmail != null && (newEmail.length() > 254 || !EMAIL.matcher(newEmail).matches() || !PlainText.Validator.isPlain(newEmail, false))) {
            throw new ServiceException("member.own.error.email");
        }
        if (newPhone != null && (!PHONE.matcher(newPhone).matches() || !PlainText.Validator.isPlain(newPhone, false))) {
            throw new ServiceException("member.own.error.phone");
        }
        long orderId = currentUser.requireOrderId();
        Member member = members.findById(currentUser.requireMemberId()).filter(m -> m.getOrderId() == orderId)
                .orElseThrow(NotFoundException::new);
        if (member.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Member.class, member.getId());
        }
        var changes = FieldChange.builder().compare("email", member.getEmail(), newEmail).compare("phone", member.getPhone(), newPhone).build();
        if (!changes.isEmpty()) {
            member.setContact(newEmail, newPhone);
            members.flush();
            audit.record(orderId, MemberService.AUDIT_TYPE, member.getId(), "contact-corrected-by-member", null, changes);
        }
        return mine();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
