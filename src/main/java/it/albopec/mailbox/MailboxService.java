package it.albopec.mailbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.convention.PaymentMethod;
import it.albopec.member.MemberService;
import it.albopec.member.MemberSummary;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mailboxes of the current user's Order: the page's rows, one mailbox with its history, and the steps
 * the secretariat records. Another Order's mailbox is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class MailboxService {

    private static final Logger log = LoggerFactory.getLogger(MailboxService.class);

    private final MailboxRepository mailboxes;
    private final MailboxQueries queries;
    private final MailboxHistory history;
    private final PreloadListStore preloadLists;
    private final ConventionService conventions;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate eachInItsOwnTransaction;
    private final MailboxAudit audit;

    MailboxService(MailboxRepository mailboxes, MailboxQueries queries, MailboxHistory history, PreloadListStore preloadLists,
                   ConventionService conventions, MemberService members, CurrentUser currentUser, Clock clock,
                   PlatformTransactionManager transactions, MailboxAudit audit) {
        this.audit = audit;
        this.mailboxes = mailboxes;
        this.members = members;
        this.queries = queries;
        this.history = history;
        this.preloadLists = preloadLists;
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
    }

    public List<MailboxRow> find(MailboxFilter filter, Pageable pageable) {
        long orderId = currentUser.requireOrderId();
        return queries.find(orderId, preloadLists.lastListId(orderId), filter, today(), pageable);
    }

    /** For exports: the page after {@code last} (null: the first) in {@link #find}'s filter and sort, by keyset. */
    public List<MailboxRow> findAfter(MailboxFilter filter, Sort sort, MailboxRow last, int size) {
        long orderId = currentUser.requireOrderId();
        return queries.findAfter(orderId, preloadLists.lastListId(orderId), filter, today(), sort, last, size);
    }

    public long count(MailboxFilter filter) {
        long orderId = currentUser.requireOrderId();
        return queries.count(orderId, preloadLists.lastListId(orderId), filter, today());
    }

    public Map<MailboxState, Long> countByState() {
        return queries.countByState(currentUser.requireOrderId());
    }

    public MailboxDetails get(long id) {
        return own(id).toDetails();
    }

    public List<MailboxHistoryEntry> history(long id) {
        own(id);
        return history.of(id);
    }

    /** Every mailbox the member has had, newest first (the member's detail page). */
    public List<MailboxDetails> ofMember(long memberId) {
        long orderId = currentUser.requireOrderId();
        return mailboxes.findByMemberIdOrderByIdDesc(memberId).stream()
                .filter(m -> m.getOrderId() == orderId)
                .map(Mailbox::toDetails)
                .toList();
    }

    /** Records one step on one mailbox; refused with a reason when the step is not allowed now. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public MailboxDetails apply(long id, long expectedVersion, MailboxCommand command) {
        Mailbox mailbox = own(id);
        if (mailbox.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Mailbox.class, id);
        }
        if (command.on() == null || command.on().isAfter(today())) {
            throw new ServiceException("mailbox.error.futureDate");
        }
        MailboxDetails before = mailbox.toDetails();
        Mailbox.Transition transition = switch (command) {
            case MailboxCommand.RecordRequest r -> request(mailbox, r);
            case MailboxCommand.PaymentReceived p -> mailbox.paymentReceived(p.on());
            case MailboxCommand.DocumentsReceived d -> mailbox.documentsReceived(d.on(),
                    conventions.get(mailbox.getConventionId()).activationExpectedAfterDocuments(d.on()).orElse(null));
            case MailboxCommand.Activation a -> mailbox.recordActivation(a.on(), a.pecAddress(), a.providerLogin());
            case MailboxCommand.TestMessageReceived t -> mailbox.testMessageReceived(t.on());
            case MailboxCommand.Renewal r -> mailbox.renew(r.on());
            case MailboxCommand.Deactivation d -> {
                if (d.reason() == null || d.reason().isBlank()) {
                    throw new ServiceException("mailbox.error.reasonRequired");
                }
                yield mailbox.deactivate(d.on(), d.reason().trim());
            }
            case MailboxCommand.PaymentChange p -> changePayment(mailbox, p);
        };
        mailboxes.flush();
        if (transition != null) {
            history.record(mailbox, transition, currentUser.usernameOrSystem());
        }
        audit.record(before, mailbox, transition == null ? "payment-changed" : MailboxAudit.action(transition.action()),
                transition == null ? null : transition.reason());
        log.info("Mailbox {} {} by {}", id, command.getClass().getSimpleName(), currentUser.usernameOrSystem());
        return mailbox.toDetails();
    }

    /**
     * The same step on many mailboxes, each on its own: one that is refused (wrong state, changed meanwhile) does
     * not stop the others, and the outcome tells which and why.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public BatchOutcome applyToMany(List<Target> targets, MailboxCommand command) {
        int done = 0;
        List<BatchOutcome.Refusal> refused = new ArrayList<>();
        for (Target target : targets) {
            try {
                eachInItsOwnTransaction.executeWithoutResult(status -> apply(target.id(), target.version(), command));
                done++;
            } catch (ServiceException e) {
                refused.add(new BatchOutcome.Refusal(target.id(), target.label(), e.messageKey(), e.arguments()));
            } catch (ObjectOptimisticLockingFailureException e) {
                refused.add(new BatchOutcome.Refusal(target.id(), target.label(), "base.error.conflict", new Object[0]));
            }
        }
        return new BatchOutcome(done, refused);
    }

    /**
     * Brings the Order's mailboxes in line with the provider's list (the import of the provider's list): a listed
     * member without an open mailbox gets one under the active convention, an open mailbox takes the address and
     * dates the provider gives; each state change is a history row. With {@code write} false nothing is kept (the
     * dry run: the transaction is rolled back).
     *
     * @throws ServiceException when a mailbox must be opened and the Order has no active convention
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ProviderReconciliation reconcileFromProvider(List<ProviderMailbox> rows, boolean write) {
        long orderId = currentUser.requireOrderId();
        LocalDate today = today();
        ConventionTerms terms = null;
        var outcomes = new ArrayList<ProviderReconciliation.Row>();
        var listed = new java.util.HashSet<Long>();
        for (ProviderMailbox row : rows) {
            var member = members.findByFiscalCode(row.fiscalCode());
            if (member.isEmpty()) {
                outcomes.add(new ProviderReconciliation.Row(ProviderReconciliation.Outcome.NO_MEMBER, List.of()));
                continue;
            }
            long memberId = member.get().id();
            listed.add(memberId);
            List<Mailbox> own = mailboxes.findByMemberIdOrderByIdDesc(memberId).stream().filter(m -> m.getOrderId() == orderId).toList();
            Mailbox mailbox = own.stream().filter(m -> m.getState().isOpen()).findFirst().orElse(null);
            String stillOpen = row.closed() ? null : stillOpenAtProvider(member.get(), own, mailbox);
            if (stillOpen != null) {
                outcomes.add(new ProviderReconciliation.Row(ProviderReconciliation.Outcome.STILL_OPEN_AT_PROVIDER, List.of(), stillOpen));
                continue;
            }
            boolean creating = mailbox == null;
            if (creating) {
                if (terms == null) {
                    terms = ConventionTerms.of(conventions.activeConventionOfCurrentOrder()
                            .orElseThrow(() -> new ServiceException("mailbox.error.noActiveConvention")));
                }
                mailbox = Mailbox.eligible(orderId, memberId, terms, row.activatedOn() == null ? today : row.activatedOn());
            }
            MailboxDetails beforeProvider = creating ? null : mailbox.toDetails();
            Mailbox.Reconciled reconciled = mailbox.fromProvider(row.pecAddress(), row.activatedOn(), row.expiresOn(), row.closed(), today);
            if (write && (creating || !reconciled.changes().isEmpty())) {
                mailboxes.saveAndFlush(mailbox);
                if (creating) {
                    history.record(mailbox, new Mailbox.Transition(null, MailboxState.ELIGIBLE, MailboxAction.PRELOADED,
                            row.activatedOn() == null ? today : row.activatedOn(), "provider list"), currentUser.usernameOrSystem());
                }
                if (reconciled.transition() != null) {
                    history.record(mailbox, reconciled.transition(), currentUser.usernameOrSystem());
                }
                audit.record(beforeProvider, mailbox, "provider-list", null);
            }
            outcomes.add(new ProviderReconciliation.Row(creating ? ProviderReconciliation.Outcome.CREATED
                    : reconciled.changes().isEmpty() ? ProviderReconciliation.Outcome.UNCHANGED : ProviderReconciliation.Outcome.UPDATED,
                    reconciled.changes()));
        }
        List<String> unknown = queries.openMailboxMembers(orderId).entrySet().stream()
                .filter(e -> !listed.contains(e.getKey())).map(java.util.Map.Entry::getValue).sorted().toList();
        if (!write) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        log.info("Provider list of Order {}: {} rows, {} members unknown to the provider, written: {}", orderId, rows.size(), unknown.size(), write);
        return new ProviderReconciliation(outcomes, unknown);
    }

    /**
     * Why the provider's active mailbox must not be taken over here, as a message key, or null when it may: the member
     * left the Order (transferred, struck off, deceased: never a new convention mailbox for them), or the Order
     * deactivated their last mailbox and has none open (it is not reopened behind the Order's back).
     */
    private static String stillOpenAtProvider(MemberSummary member, List<Mailbox> own, Mailbox open) {
        if (!member.status().isRegistered()) {
            return "mailbox.providerList.stillOpen." + member.status().name();
        }
        if (open == null && !own.isEmpty() && own.getFirst().getState() == MailboxState.DEACTIVATED) {
            return "mailbox.providerList.stillOpen.DEACTIVATED";
        }
        return null;
    }

    private Mailbox.Transition request(Mailbox mailbox, MailboxCommand.RecordRequest r) {
        conventions.ensureAcceptingRequests(mailbox.getConventionId());
        ConventionDetails convention = conventions.get(mailbox.getConventionId());
        PaymentMethod method = paymentMethod(convention, r.method());
        boolean autoRenewal = r.autoRenewalWanted() && (method == null || convention.renewsAutomatically(method));
        if (method == null) {
            autoRenewal = convention.renewsAutomatically(PaymentMethod.CARD); // the Order pays: renewed every term
        }
        return mailbox.request(r.on(), method, autoRenewal, method == PaymentMethod.CARD ? r.cardValidUntil() : null,
                r.pecAddress(), r.providerLogin(), convention.activationExpectedAfterRequest(method, r.on()).orElse(null));
    }

    private Mailbox.Transition changePayment(Mailbox mailbox, MailboxCommand.PaymentChange p) {
        ConventionDetails convention = conventions.get(mailbox.getConventionId());
        PaymentMethod method = paymentMethod(convention, p.method());
        boolean autoRenewal = method == null || p.autoRenewalWanted() && convention.renewsAutomatically(method);
        mailbox.changePayment(method, autoRenewal, method == PaymentMethod.CARD ? p.cardValidUntil() : null);
        return null;
    }

    /** Where the Order pays (Prato) there is no payment method; otherwise the convention must allow it. */
    private static PaymentMethod paymentMethod(ConventionDetails convention, PaymentMethod method) {
        if (convention.renewsAtTheOrdersExpense()) {
            return null;
        }
        if (method == null || !convention.allows(method)) {
            throw new ServiceException("mailbox.error.paymentMethodNotAllowed");
        }
        return method;
    }

    private Mailbox own(long id) {
        return mailboxes.findByIdAndOrderId(id, currentUser.requireOrderId()).orElseThrow(NotFoundException::new);
    }

    /** Today for the Order's staff (the application's clock), e.g. to tell an overdue activation. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A mailbox chosen on the page, with the version the user saw and a label for the outcome. */
    public record Target(long id, long version, String label) {}

    /** How a step on many mailboxes went: how many were done, and each refusal with its reason. */
    public record BatchOutcome(int done, List<Refusal> refused) {
        public record Refusal(long id, String label, String messageKey, Object[] arguments) {}
    }
}
