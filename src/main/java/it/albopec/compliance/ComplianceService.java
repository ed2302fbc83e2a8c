package it.albopec.compliance;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import it.albopec.base.ModuleTranslations;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.order.OrderDetails;
import it.albopec.order.OrderService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Digital-domicile compliance of the current user's Order: the members without a valid PEC, their cases and the
 * steps the secretariat records, the addresses outside the convention, the letters and the rate. FINANCE reads,
 * ADMIN acts. Another Order's member or case is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class ComplianceService {

    private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);
    /** A PEC address is an e-mail address: one @, a domain with a dot, no spaces. */
    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

    private final ComplianceCaseRepository cases;
    private final ExternalPecRepository externals;
    private final ComplianceQueries queries;
    private final CaseHistory history;
    private final MemberService members;
    private final OrderService orders;
    private final CurrentUser currentUser;
    private final ComplianceLetters letters;
    private final CaseClosing closing;
    private final ObjectProvider<LetterMail> mail;
    private final Clock clock;
    private final TransactionTemplate eachInItsOwnTransaction;

    ComplianceService(ComplianceCaseRepository cases, ExternalPecRepository externals, ComplianceQueries queries, CaseHistory history,
                      MemberService members, OrderService orders, CurrentUser currentUser, ComplianceLetters letters, CaseClosing closing,
                      ObjectProvider<LetterMail> mail, Clock clock, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.externals = externals;
        this.queries = queries;
        this.history = history;
        this.members = members;
        this.orders = orders;
        this.currentUser = currentUser;
        this.letters = letters;
        this.closing = closing;
        this.mail = mail;
        this.clock = clock;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
    }

    public List<NonCompliantMember> find(ComplianceFilter filter, Pageable pageable) {
        return queries.find(currentUser.requireOrderId(), filter, pageable);
    }

    /** The page after {@code last} (null: the first) of the filtered list in {@code sort}, by keyset: the page's export. */
    public List<NonCompliantMember> findAfter(ComplianceFilter filter, org.springframework.data.domain.Sort sort,
                                              @org.jspecify.annotations.Nullable NonCompliantMember last, int size) {
        return queries.findAfter(currentUser.requireOrderId(), filter, sort, last, size);
    }

    public long count(ComplianceFilter filter) {
        return queries.count(currentUser.requireOrderId(), filter);
    }

    public CaseDetails getCase(long id) {
        return details(own(id));
    }

    /** The member's cases, newest first (open or closed). */
    public List<CaseDetails> casesOfMember(long memberId) {
        long orderId = currentUser.requireOrderId();
        return cases.findByMemberIdOrderByIdDesc(memberId).stream().filter(c -> c.getOrderId() == orderId).map(this::details).toList();
    }

    public List<LocalDate> councilMeetings() {
        return queries.meetingDates(currentUser.requireOrderId());
    }

    public Optional<ExternalAddress> externalAddress(long memberId) {
        return externals.findByMemberIdAndOrderId(memberId, currentUser.requireOrderId()).map(ExternalPec::toAddress);
    }

    /** A member of the Order by codice fiscale (to record or check their address outside the convention). */
    public Optional<MemberRef> memberByFiscalCode(String fiscalCode) {
        if (fiscalCode == null || fiscalCode.isBlank()) {
            return Optional.empty();
        }
        long orderId = currentUser.requireOrderId();
        return members.findByFiscalCode(fiscalCode.trim().toUpperCase(Locale.ROOT)).filter(m -> m.orderId() == orderId)
                .map(m -> new MemberRef(m.id(), m.surname() + " " + m.givenName() + " (" + m.fiscalCode() + ")"));
    }

    /** The Order's rate today. */
    public ComplianceRate rate() {
        return queries.rate(currentUser.requireOrderId(), YearMonth.now(clock));
    }

    /**
     * The last 12 months, oldest first: the nightly job's snapshot of each past month, and today's figures for the
     * current month. A month without a snapshot (before the product was used) is left out, never invented.
     */
    public List<ComplianceRate> trend() {
        long orderId = currentUser.requireOrderId();
        YearMonth current = YearMonth.now(clock);
        var trend = new ArrayList<ComplianceRate>(queries.snapshots(orderId, current.minusMonths(11)).stream()
                .filter(r -> r.month().isBefore(current)).toList());
        trend.add(queries.rate(orderId, current));
        return trend;
    }

    public Map<CaseStep, Long> casesPerStep() {
        return queries.casesPerStep(currentUser.requireOrderId());
    }

    /** Whether sent letters also leave by e-mail (the notification outbox is there). */
    public boolean mailsLetters() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Opens the case of a member without a valid PEC by sending the reminder.
     *
     * @param language the letter's language ("it", "de", "en"); null: the Order's first language
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CaseDetails remind(long memberId, String language) {
        long orderId = currentUser.requireOrderId();
        var member = members.findSummary(memberId).filter(m -> m.orderId() == orderId).orElseThrow(NotFoundException::new);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new ServiceException("compliance.error.notActive", member.status().name());
        }
        if (queries.hasValidPec(memberId)) {
            throw new ServiceException("compliance.error.hasValidPec");
        }
        if (cases.findFirstByMemberIdAndStepNot(memberId, CaseStep.CLOSED).isPresent()) {
            throw new ServiceException("compliance.error.caseOpen");
        }
        OrderDetails order = orders.current();
        String lang = checkLanguage(language == null || language.isBlank() ? order.languages().stream().findFirst().orElse("it") : language);
        var c = cases.saveAndFlush(ComplianceCase.open(orderId, memberId, lang, today()));
        history.record(c, new ComplianceCase.Move(null, CaseStep.REMINDER_SENT, today(), null), currentUser.usernameOrSystem());
        mailLetter(c, LetterKind.REMINDER, order);
        log.info("Compliance case {} opened for member {} by {}", c.getId(), memberId, currentUser.usernameOrSystem());
        return details(c);
    }

    /** The language of the case's next letters (the register keeps none per member; Bolzano writes in Italian or German). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CaseDetails changeLetterLanguage(long id, long expectedVersion, String language) {
        ComplianceCase c = own(id, expectedVersion);
        c.setLetterLanguage(checkLanguage(language));
        cases.saveAndFlush(c);
        return details(c);
    }

    private static String checkLanguage(String language) {
        if (language == null || ModuleTranslations.LOCALES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new ServiceException("compliance.error.language", String.valueOf(language));
        }
        return language;
    }

    /** The formal notice: the member has 30 days from today. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CaseDetails sendNotice(long id, long expectedVersion) {
        ComplianceCase c = own(id, expectedVersion);
        record(c, c.sendNotice(today()));
        mailLetter(c, LetterKind.FORMAL_NOTICE, orders.current());
        return details(c);
    }

    /** Puts the case on the list of the Council meeting of that date, for suspension. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CaseDetails proposeToCouncil(long id, long expectedVersion, LocalDate meetingDate) {
        ComplianceCase c = own(id, expectedVersion);
        if (meetingDate == null) {
            throw new ServiceException("compliance.error.meetingRequired");
        }
        long meetingId = queries.meeting(c.getOrderId(), meetingDate, currentUser.usernameOrSystem(), clock.instant());
        record(c, c.proposeToCouncil(meetingId, meetingDate, today()));
        return details(c);
    }

    /**
     * The Council decided the suspension at its meeting: the member is suspended from the meeting's date through the
     * register's own action (audited there), and the case records it. Refused before the meeting is held.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CaseDetails suspend(long id, long expectedVersion) {
        ComplianceCase c = own(id, expectedVersion);
        if (c.getStep() != CaseStep.PROPOSED_TO_COUNCIL) {
            c.suspended(today(), null); // refused with the steps' names
        }
        LocalDate meeting = queries.meetingDate(c.getCouncilMeetingId()).orElseThrow();
        if (meeting.isAfter(today())) {
            throw new ServiceException("compliance.error.meetingNotHeld", meeting);
        }
        var member = members.get(c.getMemberId());
        // the register's reason, in the register's language (Italian), citing the rule and the Council's meeting
        String reason = "Sospensione per mancata comunicazione del domicilio digitale (DL 76/2020 art. 37), delibera del Consiglio del "
                + meeting.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        members.suspend(c.getMemberId(), member.version(), meeting, reason);
        record(c, c.suspended(meeting, "council meeting " + meeting));
        return details(c);
    }

    /**
     * The same step on many members, each on its own: a refusal (wrong step, changed meanwhile, a valid PEC already)
     * does not stop the others, and the outcome names each refused member and why.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkOutcome moveMany(List<Target> targets, BulkMove move, LocalDate meetingDate) {
        var outcomes = new ArrayList<BulkOutcome.Row>();
        for (Target target : targets) {
            try {
                eachInItsOwnTransaction.executeWithoutResult(status -> {
                    switch (move) {
                        case REMIND -> remind(target.memberId(), null);
                        case NOTICE -> sendNotice(requireCase(target), target.caseVersion());
                        case PROPOSE -> proposeToCouncil(requireCase(target), target.caseVersion(), meetingDate);
                        case SUSPEND -> suspend(requireCase(target), target.caseVersion());
                    }
                });
                outcomes.add(new BulkOutcome.Row(target.memberId(), target.label(), true, null, new Object[0]));
            } catch (NotFoundException e) {
                outcomes.add(new BulkOutcome.Row(target.memberId(), target.label(), false, "compliance.error.notFound", new Object[0]));
            } catch (ServiceException e) {
                outcomes.add(new BulkOutcome.Row(target.memberId(), target.label(), false, e.messageKey(), e.arguments()));
            } catch (ObjectOptimisticLockingFailureException e) {
                outcomes.add(new BulkOutcome.Row(target.memberId(), target.label(), false, "base.error.conflict", new Object[0]));
            }
        }
        return new BulkOutcome(outcomes);
    }

    /**
     * The member communicated a PEC address of their own (outside the convention): it counts as digital domicile
     * from today, and closes their open case at once.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ExternalAddress recordExternalPec(long memberId, String address) {
        long orderId = currentUser.requireOrderId();
        members.findSummary(memberId).filter(m -> m.orderId() == orderId).orElseThrow(NotFoundException::new);
        String clean = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (clean.length() > 254 || !ADDRESS.matcher(clean).matches()) {
            throw new ServiceException("compliance.error.address");
        }
        ExternalPec pec = externals.findByMemberIdAndOrderId(memberId, orderId).orElseGet(() -> ExternalPec.of(orderId, memberId));
        pec.recordValid(clean, today(), currentUser.usernameOrSystem());
        externals.saveAndFlush(pec);
        closing.close(orderId, memberId, today(), "valid address recorded: " + clean, currentUser.usernameOrSystem());
        return pec.toAddress();
    }

    /** The address outside the convention is not a working PEC (a message bounced, or it was reported closed). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ExternalAddress markExternalPecInvalid(long memberId, long expectedVersion, InvalidReason reason, String note) {
        ExternalPec pec = externals.findByMemberIdAndOrderId(memberId, currentUser.requireOrderId()).orElseThrow(NotFoundException::new);
        if (pec.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ExternalPec.class, memberId);
        }
        if (reason == null) {
            throw new ServiceException("compliance.error.invalidReasonRequired");
        }
        if (note != null && note.length() > 500) {
            throw new ServiceException("compliance.error.noteTooLong");
        }
        if (pec.getState() == ExternalPec.State.INVALID) {
            throw new ServiceException("compliance.error.alreadyInvalid");
        }
        pec.markInvalid(reason, note == null || note.isBlank() ? null : note.trim(), today());
        externals.saveAndFlush(pec);
        return pec.toAddress();
    }

    /** One case's letter as a PDF. */
    public void writeLetter(long id, LetterKind kind, OutputStream out) {
        ComplianceCase c = own(id);
        letters.write(List.of(letterFor(c, kind, orders.current())), out);
    }

    /** Many cases' letters as one PDF, a page (or more) per member. */
    public void writeLetters(List<Long> ids, LetterKind kind, OutputStream out) {
        OrderDetails order = orders.current();
        letters.write(ids.stream().map(this::own).map(c -> letterFor(c, kind, order)).toList(), out);
    }

    /**
     * The list for a Council meeting: the members whose suspension is proposed to it, with their reason and the
     * dates of reminder, notice and deadline, as one PDF on the Order's letterhead in the user's language.
     */
    public void writeCouncilList(LocalDate meeting, Locale language, OutputStream out) {
        long orderId = currentUser.requireOrderId();
        if (meeting == null) {
            throw new ServiceException("compliance.error.meetingRequired");
        }
        var rows = queries.find(orderId, ComplianceFilter.empty().withCouncilMeeting(meeting),
                org.springframework.data.domain.PageRequest.of(0, 5000));
        var entries = rows.stream().map(r -> {
            var c = own(r.caseId());
            return new ComplianceLetters.CouncilEntry(r.surname(), r.givenName(), r.fiscalCode(), r.reason(), c.getOpenedOn(),
                    c.getNoticeDeadline() == null ? null : c.getNoticeDeadline().minusDays(CaseStep.NOTICE_DAYS), c.getNoticeDeadline());
        }).toList();
        letters.writeCouncilList(orders.current(), meeting, entries, ModuleTranslations.supported(language), out);
    }

    /** Many cases' letters as a ZIP with one PDF per member. */
    public void writeLettersZip(List<Long> ids, LetterKind kind, OutputStream out) {
        OrderDetails order = orders.current();
        letters.writeZip(ids.stream().map(this::own).map(c -> letterFor(c, kind, order)).toList(), out);
    }

    private void record(ComplianceCase c, ComplianceCase.Move move) {
        cases.saveAndFlush(c);
        history.record(c, move, currentUser.usernameOrSystem());
    }

    private Letter letterFor(ComplianceCase c, LetterKind kind, OrderDetails order) {
        if (kind == LetterKind.FORMAL_NOTICE && c.getNoticeDeadline() == null) {
            throw new ServiceException("compliance.error.noNotice");
        }
        var member = members.get(c.getMemberId());
        var row = queries.findMember(c.getOrderId(), c.getMemberId());
        return new Letter(kind, order, member.surname(), member.givenName(), member.sex() != null && member.sex().isFemale(), member.fiscalCode(), member.email(),
                row.map(NonCompliantMember::reason).orElse(Reason.NONE), row.map(NonCompliantMember::since).orElse(null),
                kind == LetterKind.REMINDER ? c.getOpenedOn() : c.getNoticeDeadline().minusDays(CaseStep.NOTICE_DAYS),
                c.getNoticeDeadline(), Locale.of(c.getLetterLanguage()));
    }

    private void mailLetter(ComplianceCase c, LetterKind kind, OrderDetails order) {
        LetterMail outbox = mail.getIfAvailable();
        if (outbox == null) {
            return;
        }
        Letter letter = letterFor(c, kind, order);
        if (letter.email() != null && !letter.email().isBlank()) {
            outbox.enqueue(c.getOrderId(), letter.email(), letter.language(), letters.subject(letter), letters.body(letter),
                    "compliance:" + kind.name() + ":case:" + c.getId());
        }
    }

    private long requireCase(Target target) {
        if (target.caseId() == null) {
            throw new ServiceException("compliance.error.noCase");
        }
        return target.caseId();
    }

    private CaseDetails details(ComplianceCase c) {
        var member = members.findSummary(c.getMemberId()).orElseThrow();
        return new CaseDetails(c.getId(), c.getVersion(), c.getMemberId(),
                member.surname() + " " + member.givenName() + " (" + member.fiscalCode() + ")", c.getStep(), c.getStepSince(),
                c.getLetterLanguage(), c.getOpenedOn(), c.getNoticeDeadline(), queries.meetingDate(c.getCouncilMeetingId()).orElse(null),
                c.getClosedOn(), c.getId() == null ? List.of() : history.of(c.getId()));
    }

    private ComplianceCase own(long id) {
        return cases.findByIdAndOrderId(id, currentUser.requireOrderId()).orElseThrow(NotFoundException::new);
    }

    private ComplianceCase own(long id, long expectedVersion) {
        ComplianceCase c = own(id);
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ComplianceCase.class, id);
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The steps that can be made on many members at once (the deadline passes by itself, the closing too). */
    public enum BulkMove { REMIND, NOTICE, PROPOSE, SUSPEND }

    /** A member chosen on the page, with their case and its version as the user saw them, and a label for the outcome. */
    public record Target(long memberId, Long caseId, long caseVersion, String label) {

        public static Target of(NonCompliantMember row) {
            return new Target(row.memberId(), row.caseId(), row.caseVersion() == null ? 0 : row.caseVersion(), row.label());
        }
    }

    /** How a step on many members went, member by member. */
    public record BulkOutcome(List<Row> rows) {

        public long done() {
            return rows.stream().filter(Row::done).count();
        }

        public List<Row> refused() {
            return rows.stream().filter(r -> !r.done()).toList();
        }

        public record Row(long memberId, String label, boolean done, String messageKey, Object[] arguments) {}
    }
}
