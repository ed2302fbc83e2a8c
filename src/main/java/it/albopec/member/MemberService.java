package it.albopec.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
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
    private final MemberCheck rules;

    MemberService(MemberRepository members, MemberQueries queries, CurrentUser currentUser, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.members = members;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.rules = new MemberCheck(validator);
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
        CheckedMember checked = rules.require(form);
        String code = checked.fiscalCode();
        Member member;
        if (id == null) {
            if (members.existsByOrderIdAndFiscalCode(orderId, code)) {
                throw new ServiceException("member.error.duplicateFiscalCode", code);
            }
            member = new Member(orderId);
        } else {
            member = members.findByIdAndOrderId(id, orderId).orElseThrow(NotFoundException::new);
            if (expectedVersion != null && member.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(Member.class, id);
            }
            if (!member.getFiscalCode().equals(code) && members.existsByOrderIdAndFiscalCode(orderId, code)) {
                throw new ServiceException("member.error.duplicateFiscalCode", code);
            }
        }
        boolean creating = id == null;
        List<FieldChange> changes = member.apply(checked.form(), birthplaceName(checked));
        if (!creating && changes.isEmpty()) {
            return new MemberChange(MemberChange.Kind.UNCHANGED, queries.get(orderId, id).orElseThrow(), changes);
        }
        try {
            members.saveAndFlush(member);
        } catch (DataIntegrityViolationException e) {
            // another session inserted the same codice fiscale between our check and our insert
            throw new ServiceException("member.error.duplicateFiscalCode", code);
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

    /** What {@link #upsert} would do, without doing it; rules are checked the same way. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public MemberChange preview(@Valid MemberForm form) {
        CheckedMember checked = rules.require(form);
        return compare(queries.byFiscalCode(currentUser.requireOrderId(), checked.fiscalCode()).orElse(null), checked);
    }

    /**
     * {@link #preview} of many forms with ONE query: each outcome is what {@link #preview} would return for its form,
     * in the same order; a form {@link #preview} would refuse is {@link MemberChange.Kind#REFUSED} with the exception.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<MemberChange> previewAll(List<MemberForm> forms) {
        return plan(currentUser.requireOrderId(), checkAll(forms)).stream().map(Planned::change).toList();
    }

    /**
     * The register's answer for members already checked ({@link MemberCheck}, e.g. by an import's dry run, which reports
     * each problem at its column): created, changed with the differences, or unchanged — compared with the members
     * there, read in ONE query. The rules are not checked again.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<MemberChange> previewChecked(List<CheckedMember> checked) {
        long orderId = currentUser.requireOrderId();
        var existing = queries.byFiscalCodes(orderId, CheckedMember.codes(checked));
        return checked.stream().map(c -> compare(existing.get(c.fiscalCode()), c)).toList();
    }

    /**
     * {@link #upsert} of many forms with a few statements instead of several per form: ONE query for the members
     * already there, multi-row inserts, one JDBC batch of updates, the audit entries in batches. The outcomes are those
     * of calling {@link #upsert} on each form in order; a refused form is {@link MemberChange.Kind#REFUSED} and written
     * nothing, the others are written: a caller wanting all or nothing rolls back its transaction, which this method joins.
     *
     * @throws ServiceException                         a codice fiscale inserted meanwhile by another session
     * @throws ObjectOptimisticLockingFailureException a member changed meanwhile by another session
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public List<MemberChange> upsertAll(List<MemberForm> forms) {
        long orderId = currentUser.requireOrderId();
        List<MemberCheck.Result> checks = checkAll(forms);
        var outcomes = new ArrayList<MemberChange>(forms.size());
        // a code twice in the list: its second form must see the first one's write, as with upserts one after the other
        var codes = new HashSet<String>();
        int from = 0;
        for (int i = 0; i < checks.size(); i++) {
            String code = checks.get(i).valid() ? checks.get(i).member().fiscalCode() : null;
            if (code != null && !codes.add(code)) {
                outcomes.addAll(write(orderId, plan(orderId, checks.subList(from, i)), true));
                from = i;
                codes.clear();
                codes.add(code);
            }
        }
        outcomes.addAll(write(orderId, plan(orderId, checks.subList(from, checks.size())), true));
        return outcomes;
    }

    /** What an import's dry run foresaw for a member: created (CREATED) or changed with these differences (CHANGED). */
    public record Foreseen(MemberChange.Kind kind, List<FieldChange> changes) {}

    /**
     * Writes members an import's dry run checked and judged ({@link #previewChecked}), with a few statements: the rules
     * are NOT checked again (the dry run's verdict holds); only what the register may have changed since is: a member
     * whose outcome now (read in ONE query) is not what the dry run foresaw — created or changed meanwhile by a
     * colleague — is {@link MemberChange.Kind#STALE} and written nothing. No audit entry per member: the import keeps
     * each row's before/after with its run and writes one entry for the run. The outcomes carry no member read back.
     *
     * @param checked  members with distinct codes, as the dry run checked them
     * @param foreseen for each member, in the same order
     * @throws ServiceException                         a codice fiscale inserted meanwhile by another session
     * @throws ObjectOptimisticLockingFailureException a member changed by another session while this runs
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public List<MemberChange> writeChecked(List<CheckedMember> checked, List<Foreseen> foreseen) {
        long orderId = currentUser.requireOrderId();
        var existing = queries.byFiscalCodes(orderId, CheckedMember.codes(checked));
        var planned = new ArrayList<Planned>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            CheckedMember c = checked.get(i);
            Foreseen f = foreseen.get(i);
            MemberDetails there = existing.get(c.fiscalCode());
            // a member still to create is what the dry run foresaw: its differences need no new comparison
            var now = new Planned(c, there == null ? new MemberChange(MemberChange.Kind.CREATED, null, f.changes()) : compare(there, c));
            MemberChange change = now.change();
            if (now.writes() && (change.kind() != f.kind() || change.kind() == MemberChange.Kind.CHANGED && !change.changes().equals(f.changes()))) {
                now = new Planned(c, new MemberChange(MemberChange.Kind.STALE, change.member(), change.changes()));
            }
            planned.add(now);
        }
        return write(orderId, planned, false);
    }

    /** Every form through {@link MemberCheck}, in order. */
    private List<MemberCheck.Result> checkAll(List<MemberForm> forms) {
        return forms.stream().map(rules::check).toList();
    }

    /** A checked member (null: refused) and what saving it would do. */
    private record Planned(CheckedMember member, MemberChange change) {

        boolean writes() {
            return change.kind() == MemberChange.Kind.CREATED || change.kind() == MemberChange.Kind.CHANGED;
        }
    }

    /** Compares every valid form with the member there, read in ONE query; a refused one is REFUSED with what a save throws. */
    private List<Planned> plan(long orderId, List<MemberCheck.Result> checks) {
        var valid = checks.stream().filter(MemberCheck.Result::valid).map(MemberCheck.Result::member).toList();
        var existing = queries.byFiscalCodes(orderId, CheckedMember.codes(valid));
        return checks.stream().map(c -> c.valid() ? new Planned(c.member(), compare(existing.get(c.member().fiscalCode()), c.member()))
                : new Planned(null, MemberChange.refused(c.refusal()))).toList();
    }

    /**
     * Writes the planned members with distinct codes (nothing written can change what another compares with): multi-row
     * inserts, a batch of updates with the optimistic check.
     *
     * @param auditEach true: each member's audit entry, the outcomes with the member as written (read back in ONE query);
     *                  false (an import run, audited with its run): neither
     */
    private List<MemberChange> write(long orderId, List<Planned> planned, boolean auditEach) {
        // the JDBC writes below bypass the persistence context: its pending changes go first
        members.flush();
        var created = new ArrayList<Member>();
        var changed = new ArrayList<Map.Entry<MemberDetails, Member>>();
        for (Planned p : planned) {
            if (p.writes()) {
                // the entity computes the stored values (section dates, registration date, status date) as for a single save
                var values = new Member(orderId);
                values.assign(p.member().form(), birthplaceName(p.member()));
                if (p.change().kind() == MemberChange.Kind.CREATED) {
                    created.add(values);
                } else {
                    changed.add(Map.entry(p.change().member(), values));
                }
            }
        }
        try {
            queries.insertAll(created);
        } catch (DuplicateKeyException e) {
            // another session inserted one of these codici fiscali between our read and our insert
            throw new ServiceException("member.error.duplicateFiscalCode", created.stream().map(Member::getFiscalCode)
                    .filter(code -> String.valueOf(e.getMessage()).contains(code)).findFirst().orElse(created.getFirst().getFiscalCode()));
        }
        List<Long> stale = queries.updateAll(changed);
        if (!stale.isEmpty()) {
            throw new ObjectOptimisticLockingFailureException(Member.class, stale.getFirst());
        }
        if (!auditEach) {
            return planned.stream().map(Planned::change).toList();
        }
        var written = queries.byFiscalCodes(orderId, planned.stream().filter(Planned::writes).map(p -> p.member().fiscalCode()).toList());
        var outcomes = new ArrayList<MemberChange>(planned.size());
        var entries = new ArrayList<AuditTrail.Entry>();
        for (Planned p : planned) {
            MemberChange change = p.change();
            if (p.writes()) {
                MemberDetails member = written.get(p.member().fiscalCode());
                entries.add(new AuditTrail.Entry(member.id(), change.kind() == MemberChange.Kind.CREATED ? "created" : "changed", null,
                        change.changes()));
                change = new MemberChange(change.kind(), member, change.changes());
            }
            outcomes.add(change);
        }
        audit.recordAll(orderId, AUDIT_TYPE, entries);
        return outcomes;
    }

    /** What saving the checked values would do to the member there ({@code null}: none): the one comparison of preview and save. */
    private static MemberChange compare(MemberDetails existing, CheckedMember checked) {
        if (existing == null) {
            return new MemberChange(MemberChange.Kind.CREATED, null, MemberFields.diff(new MemberForm(), checked.form()));
        }
        var changes = MemberFields.diff(MemberForm.of(existing), checked.form());
        return new MemberChange(changes.isEmpty() ? MemberChange.Kind.UNCHANGED : MemberChange.Kind.CHANGED, existing, changes);
    }

    private static String birthplaceName(CheckedMember checked) {
        return Birthplaces.byCode(checked.birthplaceCode()).orElseThrow().name();
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
}
