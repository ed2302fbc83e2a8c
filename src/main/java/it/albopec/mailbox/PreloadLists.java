package it.albopec.mailbox;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import it.albopec.audit.AuditTrail;
import it.albopec.base.FiscalCode;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.member.MemberService;
import it.albopec.member.MemberSummary;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.spreadsheet.XlsxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of members the Order sends to the provider, whose portal lets only listed people register
 * (codice fiscale, surname, given name). Foggia: new members wait "circa 7/8 giorni dalla data di Iscrizione
 * all'Albo", the time for the Order to send the list and for the provider to load it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class PreloadLists {

    private static final Logger log = LoggerFactory.getLogger(PreloadLists.class);
    static final List<String> FILE_HEADERS = List.of("Codice fiscale", "Cognome", "Nome");

    private final PreloadListStore store;
    private final ConventionService conventions;
    private final MemberService members;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MailboxAudit mailboxAudit;

    PreloadLists(PreloadListStore store, ConventionService conventions, MemberService members, AuditTrail audit,
                 CurrentUser currentUser, Clock clock, MailboxAudit mailboxAudit) {
        this.mailboxAudit = mailboxAudit;
        this.store = store;
        this.conventions = conventions;
        this.members = members;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that today's register was sent to the provider: the list keeps who was in it, and each listed
     * member without a mailbox gets one in state ELIGIBLE. Refused while the convention is disabled.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public PreloadListSummary send(LocalDate sentOn) {
        long orderId = currentUser.requireOrderId();
        if (sentOn == null || sentOn.isAfter(LocalDate.now(clock))) {
            throw new ServiceException("mailbox.error.futureDate");
        }
        ConventionDetails convention = conventions.activeConventionOfCurrentOrder()
                .orElseThrow(() -> new ServiceException("mailbox.error.noActiveConvention"));
        conventions.ensureAcceptingRequests(convention.id());
        String fileName = "precaricamento-" + convention.code() + "-" + sentOn.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        var now = clock.instant();
        long listId = store.insert(orderId, convention.id(), sentOn, now, currentUser.usernameOrSystem(), fileName);
        long lastTransition = mailboxAudit.lastTransitionId();
        int opened = store.openEligibleMailboxes(listId, orderId, ConventionTerms.of(convention), sentOn, now, currentUser.usernameOrSystem());
        mailboxAudit.recordSince(lastTransition, now);
        PreloadListSummary summary = store.find(orderId, listId).orElseThrow();
        audit.record(orderId, "preload-list", listId, "sent", null, List.of(
                new it.albopec.audit.FieldChange("members", null, String.valueOf(summary.memberCount())),
                new it.albopec.audit.FieldChange("newMailboxes", null, String.valueOf(opened))));
        log.info("Pre-load list {} of Order {}: {} members, {} new eligible mailboxes", listId, orderId, summary.memberCount(), opened);
        return summary;
    }

    public List<PreloadListSummary> history(Pageable pageable) {
        return store.list(currentUser.requireOrderId(), pageable.getPageSize(), pageable.getOffset());
    }

    public long count() {
        return store.count(currentUser.requireOrderId());
    }

    public Optional<PreloadListSummary> last() {
        return store.last(currentUser.requireOrderId());
    }

    public PreloadListSummary get(long listId) {
        return store.find(currentUser.requireOrderId(), listId).orElseThrow(NotFoundException::new);
    }

    /** The file for the provider: codice fiscale, surname, given name — what its portal checks. */
    public void writeFile(long listId, OutputStream out) {
        get(listId);
        XlsxWriter.write(out, "Precaricamento", FILE_HEADERS,
                rows -> store.forEachMember(listId, (cf, surname, name) -> rows.row(cf, surname, name)));
    }

    /** The provider portal's check, tolerant of case, accents and apostrophes, against the Order's last list. */
    public PortalCheck check(String fiscalCode, String surname, String givenName) {
        long orderId = currentUser.requireOrderId();
        Optional<PreloadListSummary> last = store.last(orderId);
        if (last.isEmpty()) {
            return new PortalCheck(PortalCheck.Outcome.NO_LIST_SENT, null, expectedFrom(LocalDate.now(clock)));
        }
        String code = FiscalCode.normalize(fiscalCode);
        Optional<String[]> entry = store.entry(last.get().id(), code);
        if (entry.isEmpty()) {
            LocalDate registeredOn = members.findByFiscalCode(code).map(MemberSummary::registrationDate).orElse(LocalDate.now(clock));
            return new PortalCheck(PortalCheck.Outcome.NOT_IN_LAST_LIST, last.get().sentOn(), expectedFrom(registeredOn));
        }
        boolean same = PersonName.same(entry.get()[0], surname) && PersonName.same(entry.get()[1], givenName);
        if (!same) {
            return new PortalCheck(PortalCheck.Outcome.NAME_DOES_NOT_MATCH, last.get().sentOn(), null);
        }
        // the provider needs time to load a list (Foggia: "circa 7/8 giorni ... tali i tempi utili per comunicare i dati da
        // parte dell'Ordine ad Aruba e sovrascrittura del server"): until then its portal does not know the member
        LocalDate listedOn = store.firstListedOn(orderId, code).orElse(last.get().sentOn());
        LocalDate loadedFrom = conventions.activeConventionOfCurrentOrder().map(c -> c.firstRegistrationDate(listedOn)).orElse(listedOn);
        if (LocalDate.now(clock).isBefore(loadedFrom)) {
            return new PortalCheck(PortalCheck.Outcome.LISTED_LOADING, listedOn, loadedFrom);
        }
        return new PortalCheck(PortalCheck.Outcome.FOUND, last.get().sentOn(), null);
    }

    /** Whether a member is in the last list, and if not, from when they can expect to register at the provider. */
    public PortalCheck outlook(long memberId) {
        MemberSummary member = members.findSummary(memberId).orElseThrow(NotFoundException::new);
        return check(member.fiscalCode(), member.surname(), member.givenName());
    }

    /** Not yet listed: the next list goes out at the earliest today, then the provider needs the lead time. */
    private LocalDate expectedFrom(LocalDate registeredOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate nextList = registeredOn.isAfter(today) ? registeredOn : today;
        return conventions.activeConventionOfCurrentOrder().map(c -> c.firstRegistrationDate(nextList)).orElse(nextList);
    }
}
