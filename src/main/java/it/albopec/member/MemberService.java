package it.albopec.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.FiscalCode;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The register of the current user's Order: ADMIN and FINANCE read it, only ADMIN changes it. Every method is
 * scoped to the caller's Order; another Order's member is "not found". Every change is audited in the same
 * transaction; a member who leaves the Order is announced with {@link MemberLeftOrder}.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
@Transactional(readOnly = true)
public class MemberService {

    static final String AUDIT_TYPE = "member";

    private final MemberRepository members;
    private final MemberQueries queries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(MemberRepository members, MemberQueries queries, CurrentUser currentUser, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the register, filtered and sorted in SQL (sort by the properties of {@link MemberDetails}). */
    public List<MemberDetails> find(MemberFilter filter, Pageable pageable) {
        return queries.find(currentUser.requireOrderId(), filter, pageable);
    }

    /** How many members match the filter (a SQL COUNT). */
    public long count(MemberFilter filter) {
        return queries.count(currentUser.requireOrderId(), filter);
    }

    /** @throws NotFoundException when the member does not exist in the caller's Order */
    public MemberDetails get(long id) {
        return queries.get(currentUser.requireOrderId(), id).orElseThrow(NotFoundException::new);
    }

    public Optional<MemberSummary> findSummary(long id) {
        return queries.get(currentUser.requireOrderId(), id).map(MemberDetails::summary);
    }

    /** The member of the caller's Order with this codice fiscale (typed in any case, with or without spaces). */
    public Optional<MemberSummary> findByFiscalCode(String fiscalCode) {
        return findDetailsByFiscalCode(fiscalCode).map(MemberDetails::summary);
    }

    public Optional<MemberDetails> findDetailsByFiscalCode(String fiscalCode) {
        return queries.byFiscalCode(currentUser.requireOrderId(), fiscalCode);
    }

    public List<StatusChange> statusHistory(long id) {
        long orderId = currentUser.requireOrderId();
        queries.get(orderId, id).orElseThrow(NotFoundException::new);
        return queries.statusHistory(orderId, id);
    }

    /** Members of the caller's Order per status (every status present, zero included). */
    public Map<MemberStatus, Long> countByStatus() {
        return queries.countByStatus(currentUser.requireOrderId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails create(@Valid MemberForm form) {
        return save(form, null, null).member();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails update(long id, long expectedVersion, @Valid MemberForm form) {
        return save(form, id, expectedVersion).member();
    }

    /**
     * Creates ({@code id} null) or changes a member, with every rule of the register: a valid codice fiscale that
     * agrees with the person's data, unique in the Order, at least one section with number and date.
     *
     * @param expectedVersion the version the user saw; a different one means someone else changed the member
     * @throws ServiceException                         a broken rule, with its message key
     * @throws ObjectOptimisticLockingFailureException the member was changed meanwhile
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberChange save(@Valid MemberForm form, Long id, Long expectedVersion) {
        long orderId = currentUser.requireOrderId();
        FiscalCode code = checkRules(form);
        Member member;
        if (id == null) {
            if (members.existsByOrderIdAndFiscalCode(orderId, code.value())) {
                throw new ServiceException("member.error.duplicateFiscalCode", code.value());
            }
            member = new Member(orderId);
        } else {
            member = members.findByIdAndOrderId(id, orderId).orElseThrow(NotFoundException::new);
            if (expectedVersion != null && member.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(Member.class, id);
            }
            if (!member.getFiscalCode().equals(code.value()) && members.existsByOrderIdAndFiscalCode(orderId, code.value())) {
                throw new ServiceException("member.error.duplicateFiscalCode", code.value());
            }
        }
        boolean creating = id == null;
        List<FieldChange> changes = member.apply(form, code.birthplaceName());
        if (!creating && changes.isEmpty()) {
            return new MemberChange(MemberChange.Kind.UNCHANGED, queries.get(orderId, id).orElseThrow(), changes);
        }
        try {
            members.saveAndFlush(member);
        } catch (DataIntegrityViolationException e) {
            // another session inserted the same codice fiscale between our check and our insert
            throw new ServiceException("member.error.duplicateFiscalCode", code.value());
        }
        audit.record(orderId, AUDIT_TYPE, member.getId(), creating ? "created" : "changed", null, changes);
        return new MemberChange(creating ? MemberChange.Kind.CREATED : MemberChange.Kind.CHANGED,
                queries.get(orderId, member.getId()).orElseThrow(), changes);
    }

    /**
     * For imports: creates the member with this codice fiscale or changes it, through the same rules and audit as a
     * manual edit. The import's file is the newer truth, so no version is expected.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberChange upsert(@Valid MemberForm form) {
        var existing = queries.byFiscalCode(currentUser.requireOrderId(), form.getFiscalCode());
        return save(form, existing.map(MemberDetails::id).orElse(null), null);
    }

    /** What {@link #upsert} would do, without doing it (the dry run of an import); rules are checked the same way. */
    @PreAuthorize("hasRole('ADMIN')")
    public MemberChange preview(@Valid MemberForm form) {
        checkRules(form);
        var existing = queries.byFiscalCode(currentUser.requireOrderId(), form.getFiscalCode());
        if (existing.isEmpty()) {
            return new MemberChange(MemberChange.Kind.CREATED, null, MemberFields.diff(new MemberForm(), form));
        }
        var changes = MemberFields.diff(MemberForm.of(existing.get()), form);
        return new MemberChange(changes.isEmpty() ? MemberChange.Kind.UNCHANGED : MemberChange.Kind.CHANGED, existing.get(), changes);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails suspend(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.SUSPEND, effectiveDate, reason, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails reinstate(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.REINSTATE, effectiveDate, reason, null);
    }

    /** The member moves to another Order; their convention mailbox is deactivated (Prato). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails transfer(long id, long expectedVersion, LocalDate effectiveDate, String destinationOrder, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.TRANSFER, effectiveDate, reason, destinationOrder);
    }

    /** The member is struck off the register; their convention mailbox is deactivated (Prato). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails strikeOff(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.STRIKE_OFF, effectiveDate, reason, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails recordDeath(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.RECORD_DEATH, effectiveDate, reason, null);
    }

    /** Any status action; the dedicated methods above say the same with their names. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MemberDetails changeStatus(long id, long expectedVersion, StatusAction action, LocalDate effectiveDate, String reason,
                                      String destinationOrder) {
        long orderId = currentUser.requireOrderId();
        Member member = members.findByIdAndOrderId(id, orderId).orElseThrow(NotFoundException::new);
        if (member.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Member.class, id);
        }
        MemberStatus from = member.getStatus();
        if (!action.allowedFrom(from)) {
            throw new ServiceException("member.error.statusAction." + action.name(), from.name());
        }
        if (effectiveDate == null) {
            throw new ServiceException("member.error.dateRequired");
        }
        if (effectiveDate.isAfter(LocalDate.now(clock))) {
            throw new ServiceException("member.error.dateInFuture");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why == null) {
            throw new ServiceException("member.error.reasonRequired");
        }
        String destination = destinationOrder == null || destinationOrder.isBlank() ? null : destinationOrder.trim();
        if (action == StatusAction.TRANSFER && destination == null) {
            throw new ServiceException("member.error.destinationRequired");
        }
        List<FieldChange> changes = member.changeStatus(action, effectiveDate, why, destination);
        members.flush();
        queries.insertStatusChange(orderId, id, new StatusChange(from, action.target(), effectiveDate, why, destination,
                currentUser.usernameOrSystem(), clock.instant()));
        audit.record(orderId, AUDIT_TYPE, id, action.auditAction(), why, changes);
        if (action.leavesOrder()) {
            events.publishEvent(new MemberLeftOrder(orderId, id, member.getFiscalCode(), action.target(), effectiveDate, why));
        }
        return queries.get(orderId, id).orElseThrow();
    }

    /** The rules Bean Validation cannot express; returns the parsed codice fiscale. */
    private static FiscalCode checkRules(MemberForm form) {
        FiscalCode code = FiscalCode.parse(form.getFiscalCode());
        var mismatches = code.mismatches(form.getSurname(), form.getGivenName(), form.getSex() == null ? null : form.getSex().isFemale(),
                form.getBirthDate(), form.getBirthplaceCode());
        if (!mismatches.isEmpty()) {
            throw new ServiceException(mismatches.getFirst(), code.value());
        }
        if (form.getMediciChirurghiNumber() == null && form.getOdontoiatriNumber() == null) {
            throw new ServiceException("member.error.noSection");
        }
        if ((form.getMediciChirurghiNumber() != null && form.getMediciChirurghiDate() == null)
                || (form.getOdontoiatriNumber() != null && form.getOdontoiatriDate() == null)) {
            throw new ServiceException("member.error.sectionDate");
        }
        return code;
    }
}
