package it.albopec.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.FiscalCode;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
@Transactional(readOnly = true)
public class MemberService {

    static final String AUDIT_TYPE = "member";

    private final MemberRepository members;
    private final MemberQueries queries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    MemberService(MemberRepository members, MemberQueries queries, CurrentUser currentUser, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.members = members;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /** A page of the register, filtered and sorted in SQL (sort by the properties of {@link MemberDetails}). */
    public List<MemberDetails> find(MemberFilter filter, Pageable pageable) {
        return queries.find(currentUser.requireOrderId(), filter, pageable);
    }

    /**
     * For exports: the page of the register after {@code last} (null: the first page) in the same filter and sort as
     * {@link #find}, read by keyset instead of offset.
     */
    public List<MemberDetails> findAfter(MemberFilter filter, Sort sort, MemberDetails last, int size) {
        return queries.findAfter(currentUser.requireOrderId(), filter, sort, last, size);
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

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberDetails create(@Valid MemberForm form) {
        return save(form, null, null).member();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
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
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberChange save(@Valid MemberForm form, Long id, Long expectedVersion) {
        long orderId = currentUser.requireOrderId();
        FiscalCode code = validate(form);
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
        List<FieldChange> changes = member.apply(form, Birthplaces.byCode(form.getBirthplaceCode()).orElseThrow().name());
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
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberChange upsert(@Valid MemberForm form) {
        var existing = queries.byFiscalCode(currentUser.requireOrderId(), form.getFiscalCode());
        return save(form, existing.map(MemberDetails::id).orElse(null), null);
    }

    /** What {@link #upsert} would do, without doing it (the dry run of an import); rules are checked the same way. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public MemberChange preview(@Valid MemberForm form) {
        validate(form);
        return compare(queries.byFiscalCode(currentUser.requireOrderId(), form.getFiscalCode()).orElse(null), form);
    }

    /**
     * {@link #preview} of many forms with ONE query: each outcome is what {@link #preview} would return for its form,
     * in the same order; a form {@link #preview} would refuse is {@link MemberChange.Kind#REFUSED} with the exception.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<MemberChange> previewAll(List<MemberForm> forms) {
        return plan(currentUser.requireOrderId(), forms).stream().map(Planned::change).toList();
    }

    /**
     * {@link #upsert} of many forms (imports) with a few statements instead of several per form: ONE query for the
     * members already there, one JDBC batch of inserts, one of updates, the audit entries in batches. The outcomes
     * are those of calling {@link #upsert} on each form in order; a refused form is {@link MemberChange.Kind#REFUSED}
     * and written nothing, the others are written: a caller wanting all or nothing rolls back its transaction, which
     * this method joins.
     *
     * @throws ServiceException                         a codice fiscale inserted meanwhile by another session
     * @throws ObjectOptimisticLockingFailureException a member changed meanwhile by another session
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public List<MemberChange> upsertAll(List<MemberForm> forms) {
        return upsertAll(forms, true, null);
    }

    /**
     * {@link #upsertAll} for an import run: the same rules (checked again at the write, the register may have changed
     * since the dry run), outcomes and writes, but no audit entry per member — the import keeps each row's before and
     * after with its run, writes one audit entry for the run, and the member's history links to it.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public List<MemberChange> importAll(List<MemberForm> forms) {
        return upsertAll(forms, false, null);
    }

    /** What an import's dry run foresaw for a form: the member created (CREATED) or changed with these differences (CHANGED). */
    public record Foreseen(MemberChange.Kind kind, List<FieldChange> changes) {}

    /**
     * {@link #importAll} that never overwrites a colleague's edit: a form whose outcome now (read in the same query as
     * the members to write) is not what its dry run foresaw — the member was created or changed meanwhile — is
     * {@link MemberChange.Kind#STALE} and written nothing.
     *
     * @param foreseen for each form, in the same order
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public List<MemberChange> importAll(List<MemberForm> forms, List<Foreseen> foreseen) {
        return upsertAll(forms, false, foreseen);
    }

    /**
     * @param auditEach false: forms of an import run, audited with their run
     * @param foreseen  null, or what the dry run foresaw for each form (checked for a code's first form only: a later
     *                  one sees the first one's write)
     */
    private List<MemberChange> upsertAll(List<MemberForm> forms, boolean auditEach, List<Foreseen> foreseen) {
        long orderId = currentUser.requireOrderId();
        var checks = new ArrayList<Foreseen>(forms.size());
        var seen = new HashSet<String>();
        for (int i = 0; i < forms.size(); i++) {
            String code = forms.get(i).getFiscalCode();
            checks.add(foreseen != null && (code == null || seen.add(code)) ? foreseen.get(i) : null);
        }
        var outcomes = new ArrayList<MemberChange>(forms.size());
        // a code twice in the list: its second form must see the first one's write, as with upserts one after the other
        var codes = new HashSet<String>();
        int from = 0;
        for (int i = 0; i < forms.size(); i++) {
            String code = forms.get(i).getFiscalCode();
            if (code != null && !codes.add(code)) {
                outcomes.addAll(upsertDistinct(orderId, forms.subList(from, i), checks.subList(from, i), auditEach));
                from = i;
                codes.clear();
                codes.add(code);
            }
        }
        outcomes.addAll(upsertDistinct(orderId, forms.subList(from, forms.size()), checks.subList(from, forms.size()), auditEach));
        return outcomes;
    }

    /** A form with its parsed code and what saving it would do. */
    private record Planned(MemberForm form, String code, String birthplaceName, MemberChange change) {}

    /** Validates every form as {@link #preview} does and compares it with the member there, read in ONE query. */
    private List<Planned> plan(long orderId, List<MemberForm> forms) {
        var codes = new ArrayList<FiscalCode>(forms.size());
        var refusals = new ArrayList<RuntimeException>(forms.size());
        for (MemberForm form : forms) {
            try {
                codes.add(validate(form));
                refusals.add(null);
            } catch (ServiceException | ConstraintViolationException e) {
                codes.add(null);
                refusals.add(e);
            }
        }
        var existing = queries.byFiscalCodes(orderId, codes.stream().filter(Objects::nonNull).map(FiscalCode::value).distinct().toList());
        var planned = new ArrayList<Planned>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            FiscalCode code = codes.get(i);
            planned.add(code == null ? new Planned(forms.get(i), null, null, MemberChange.refused(refusals.get(i)))
                    : new Planned(forms.get(i), code.value(), code.birthplaceName(), compare(existing.get(code.value()), forms.get(i))));
        }
        return planned;
    }

    /** {@link #upsertAll} of forms with distinct codes: nothing written can change what another form compares with. */
    private List<MemberChange> upsertDistinct(long orderId, List<MemberForm> forms, List<Foreseen> foreseen, boolean auditEach) {
        // the JDBC writes below bypass the persistence context: its pending changes go first
        members.flush();
        List<Planned> planned = new ArrayList<>(plan(orderId, forms));
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            Foreseen f = foreseen.get(i);
            MemberChange.Kind now = p.change().kind();
            boolean writes = now == MemberChange.Kind.CREATED || now == MemberChange.Kind.CHANGED;
            if (f != null && writes && (now != f.kind() || now == MemberChange.Kind.CHANGED && !p.change().changes().equals(f.changes()))) {
                planned.set(i, new Planned(p.form(), p.code(), p.birthplaceName(), new MemberChange(MemberChange.Kind.STALE,
                        p.change().member(), p.change().changes())));
            }
        }
        var created = new ArrayList<Member>();
        var changed = new ArrayList<Map.Entry<MemberDetails, Member>>();
        for (Planned p : planned) {
            if (p.change().kind() == MemberChange.Kind.CREATED || p.change().kind() == MemberChange.Kind.CHANGED) {
                // the entity computes the stored values (section dates, registration date, status date) as for a single save
                var values = new Member(orderId);
                values.apply(p.form(), Birthplaces.byCode(p.form().getBirthplaceCode()).orElseThrow().name());
                if (p.change().kind() == MemberChange.Kind.CREATED) {
                    created.add(values);
                } else {
                    changed.add(Map.entry(p.change().member(), values));
                }
            }
        }
        try {
            queries.insertAll(created);
        } catch (DataIntegrityViolationException e) {
            // another session inserted one of these codici fiscali between our read and our insert
            throw new ServiceException("member.error.duplicateFiscalCode", created.stream().map(Member::getFiscalCode)
                    .filter(code -> String.valueOf(e.getMessage()).contains(code)).findFirst().orElse(created.getFirst().getFiscalCode()));
        }
        List<Long> stale = queries.updateAll(changed);
        if (!stale.isEmpty()) {
            throw new ObjectOptimisticLockingFailureException(Member.class, stale.getFirst());
        }
        var written = queries.byFiscalCodes(orderId, java.util.stream.Stream.concat(created.stream().map(Member::getFiscalCode),
                changed.stream().map(e -> e.getValue().getFiscalCode())).toList());
        var outcomes = new ArrayList<MemberChange>(planned.size());
        var entries = new ArrayList<AuditTrail.Entry>();
        for (Planned p : planned) {
            MemberChange change = p.change();
            if (change.kind() == MemberChange.Kind.CREATED || change.kind() == MemberChange.Kind.CHANGED) {
                MemberDetails member = written.get(p.code());
                entries.add(new AuditTrail.Entry(member.id(), change.kind() == MemberChange.Kind.CREATED ? "created" : "changed", null,
                        change.changes()));
                change = new MemberChange(change.kind(), member, change.changes());
            }
            outcomes.add(change);
        }
        if (auditEach) {
            audit.recordAll(orderId, AUDIT_TYPE, entries);
        }
        return outcomes;
    }

    /** What saving the form would do to the member there ({@code null}: none): the one comparison of preview and upsert. */
    private static MemberChange compare(MemberDetails existing, MemberForm form) {
        if (existing == null) {
            return new MemberChange(MemberChange.Kind.CREATED, null, MemberFields.diff(new MemberForm(), form));
        }
        var changes = MemberFields.diff(MemberForm.of(existing), form);
        return new MemberChange(changes.isEmpty() ? MemberChange.Kind.UNCHANGED : MemberChange.Kind.CHANGED, existing, changes);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberDetails suspend(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.SUSPEND, effectiveDate, reason, null);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberDetails reinstate(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.REINSTATE, effectiveDate, reason, null);
    }

    /** The member moves to another Order; their convention mailbox is deactivated (Prato). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberDetails transfer(long id, long expectedVersion, LocalDate effectiveDate, String destinationOrder, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.TRANSFER, effectiveDate, reason, destinationOrder);
    }

    /** The member is struck off the register; their convention mailbox is deactivated (Prato). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberDetails strikeOff(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.STRIKE_OFF, effectiveDate, reason, null);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MemberDetails recordDeath(long id, long expectedVersion, LocalDate effectiveDate, String reason) {
        return changeStatus(id, expectedVersion, StatusAction.RECORD_DEATH, effectiveDate, reason, null);
    }

    /** Any status action; the dedicated methods above say the same with their names. */
    @PreAuthorize(AppRoles.IS_ADMIN)
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

    /**
     * Every rule of one form, the same for a single save and for a chunk: Bean Validation (already done by {@code @Valid}
     * on the single-row methods, needed here for the chunk methods) and the rules it cannot express.
     *
     * @return the parsed codice fiscale
     * @throws ConstraintViolationException a field breaks its Bean Validation constraint
     * @throws ServiceException              a broken rule of the register, with its message key
     */
    private FiscalCode validate(MemberForm form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return checkRules(form);
    }

    /** The rules Bean Validation cannot express; returns the parsed codice fiscale. */
    private static FiscalCode checkRules(MemberForm form) {
        FiscalCode code = FiscalCode.parse(form.getFiscalCode());
        var mismatches = code.mismatches(form.getSurname(), form.getGivenName(), form.getSex() == null ? null : form.getSex().isFemale(),
                form.getBirthDate(), null);
        if (!mismatches.isEmpty()) {
            throw new ServiceException(mismatches.getFirst(), code.value());
        }
        // the birthplace as written (name, German name, country or code): the place it names that is the code's
        form.resolvedBirthplace(Birthplaces.resolve(form.getBirthplace(), form.getBirthplaceProvince(), code).code());
        MemberRules.sectionProblem(form).ifPresent(key -> {
            throw new ServiceException(key);
        });
        return code;
    }
}
