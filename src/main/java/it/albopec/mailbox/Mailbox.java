package it.albopec.mailbox;

import java.time.LocalDate;
import java.time.YearMonth;

import it.albopec.base.ServiceException;
import it.albopec.convention.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member's convention mailbox. Each method is one step of the lifecycle; a step that is not allowed from the
 * current state is refused with a message naming both, and nothing changes.
 */
@Entity
@Table(name = "mailbox")
class Mailbox {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "convention_id", nullable = false)
    private long conventionId;

    @Column(name = "pec_address")
    private String pecAddress;

    @Column(name = "provider_login")
    private String providerLogin;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;

    @Column(name = "auto_renewal", nullable = false)
    private boolean autoRenewal;

    @Column(name = "card_valid_until")
    private LocalDate cardValidUntil;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "test_message_required", nullable = false)
    private boolean testMessageRequired;

    @Column(name = "documents_required", nullable = false)
    private boolean documentsRequired;

    @Column(name = "deactivate_on_leaving", nullable = false)
    private boolean deactivateOnLeaving;

    @Column(name = "eligible_on")
    private LocalDate eligibleOn;
    @Column(name = "requested_on")
    private LocalDate requestedOn;
    @Column(name = "payment_received_on")
    private LocalDate paymentReceivedOn;
    @Column(name = "documents_received_on")
    private LocalDate documentsReceivedOn;
    @Column(name = "activated_on")
    private LocalDate activatedOn;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "test_message_received_on")
    private LocalDate testMessageReceivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailboxState state;

    @Column(name = "state_since", nullable = false)
    private LocalDate stateSince;

    /** While waiting for activation: the day the provider should have activated it by (the convention's time). */
    @Column(name = "activation_expected_on")
    private LocalDate activationExpectedOn;

    /**
     * The convention's rule, read with the mailbox (never copied, so a corrected rule applies at once): days an
     * expired mailbox can still be renewed. The daily job's SQL reads the same expression.
     */
    @org.hibernate.annotations.Formula(MailboxLifecycle.RENEWAL_DAYS_SQL)
    private Integer renewalDaysAfterExpiry;

    protected Mailbox() {}

    /** The member is in the pre-load list sent to the provider: they may now register on its portal. */
    static Mailbox eligible(long orderId, long memberId, ConventionTerms terms, LocalDate on) {
        var mailbox = new Mailbox();
        mailbox.orderId = orderId;
        mailbox.memberId = memberId;
        mailbox.conventionId = terms.conventionId();
        mailbox.termMonths = terms.termMonths();
        mailbox.testMessageRequired = terms.testMessageRequired();
        mailbox.documentsRequired = terms.documentsRequired();
        mailbox.deactivateOnLeaving = terms.deactivateOnLeaving();
        mailbox.renewalDaysAfterExpiry = terms.renewalDaysAfterExpiry();
        // Prato: "tutte le caselle Pec in convenzione verranno rinnovate automaticamente", whichever way they open
        mailbox.autoRenewal = terms.orderPays();
        mailbox.eligibleOn = on;
        mailbox.state = MailboxState.ELIGIBLE;
        mailbox.stateSince = on;
        return mailbox;
    }

    /**
     * The member registered on the provider's portal. Where the Order pays, no payment is due (Prato); an
     * offline payment must arrive first (Bolzano: "attivata solamente dopo la ricezione del pagamento"); then
     * the signed form and identity document where required (Foggia).
     *
     * @param method       null when the Order pays
     * @param autoRenewal  what the method gives (card, PayPal, or the Order pays), unless the member turned it off
     * @param activationExpected when the provider should have activated it, if the convention says (Bolzano: "di norma
     *                     2/3 giorni" after a bollettino), else null
     */
    Transition request(LocalDate on, PaymentMethod method, boolean autoRenewal, YearMonth cardValidUntil,
                       String pecAddress, String providerLogin, LocalDate activationExpected) {
        require(MailboxAction.REQUESTED, MailboxState.ELIGIBLE);
        this.requestedOn = on;
        this.paymentMethod = method;
        this.autoRenewal = autoRenewal;
        this.cardValidUntil = cardValidUntil == null ? null : cardValidUntil.atEndOfMonth();
        this.pecAddress = blankToNull(pecAddress);
        this.providerLogin = blankToNull(providerLogin);
        this.activationExpectedOn = activationExpected;
        MailboxState next;
        if (method != null && !method.activatesInRealTime()) {
            next = MailboxState.AWAITING_PAYMENT;
        } else {
            if (method != null) {
                paymentReceivedOn = on;
            }
            next = documentsRequired ? MailboxState.AWAITING_DOCUMENTS : MailboxState.REQUESTED;
        }
        return move(next, MailboxAction.REQUESTED, on, null);
    }

    Transition paymentReceived(LocalDate on) {
        require(MailboxAction.PAYMENT_RECEIVED, MailboxState.AWAITING_PAYMENT);
        paymentReceivedOn = on;
        if (documentsRequired && documentsReceivedOn == null) {
            activationExpectedOn = null; // now the member's documents are awaited: their arrival starts the count
            return move(MailboxState.AWAITING_DOCUMENTS, MailboxAction.PAYMENT_RECEIVED, on, null);
        }
        return activate(on, MailboxAction.PAYMENT_RECEIVED);
    }

    /**
     * Foggia: the signed subscription form with a valid identity document reached the provider. The mailbox then waits
     * for the provider's activation ("in genere 2/3 gg lavorativi"): REQUESTED, expected by the given day.
     *
     * @param activationExpected the day the convention's activation time gives, or null when it states none
     */
    Transition documentsReceived(LocalDate on, LocalDate activationExpected) {
        if (!documentsRequired) {
            throw new ServiceException("mailbox.error.documentsNotRequired");
        }
        require(MailboxAction.DOCUMENTS_RECEIVED, MailboxState.REQUESTED, MailboxState.AWAITING_PAYMENT, MailboxState.AWAITING_DOCUMENTS);
        documentsReceivedOn = on;
        if (state == MailboxState.AWAITING_DOCUMENTS) {
            activationExpectedOn = activationExpected;
            return move(MailboxState.REQUESTED, MailboxAction.DOCUMENTS_RECEIVED, on, null);
        }
        return move(state, MailboxAction.DOCUMENTS_RECEIVED, on, null);
    }

    /** The provider confirmed the activation (its second e-mail, Prato step 7b). */
    Transition recordActivation(LocalDate on, String pecAddress, String providerLogin) {
        if (state == MailboxState.AWAITING_PAYMENT) {
            throw new ServiceException("mailbox.error.paymentMissing");
        }
        if (state == MailboxState.AWAITING_DOCUMENTS) {
            throw new ServiceException("mailbox.error.documentsMissing");
        }
        require(MailboxAction.ACTIVATED, MailboxState.REQUESTED);
        if (pecAddress != null && !pecAddress.isBlank()) {
            this.pecAddress = pecAddress.trim().toLowerCase(java.util.Locale.ROOT);
        }
        if (providerLogin != null && !providerLogin.isBlank()) {
            this.providerLogin = providerLogin.trim();
        }
        return activate(on, MailboxAction.ACTIVATED);
    }

    /** Prato: the member sent the test message from the new mailbox to the Order's PEC. */
    Transition testMessageReceived(LocalDate on) {
        require(MailboxAction.TEST_MESSAGE_RECEIVED, MailboxState.ACTIVE, MailboxState.EXPIRING);
        testMessageReceivedOn = on;
        return move(state, MailboxAction.TEST_MESSAGE_RECEIVED, on, null);
    }

    /** A new term from the old expiry date, never from today: renewing early loses nothing, late gains nothing. */
    Transition renew(LocalDate on) {
        if (state == MailboxState.DELETED) {
            throw new ServiceException("mailbox.error.deletedCannotRenew");
        }
        require(MailboxAction.RENEWED, MailboxState.ACTIVE, MailboxState.EXPIRING, MailboxState.EXPIRED);
        if (state == MailboxState.EXPIRED && !on.isBefore(deletionDate())) {
            throw new ServiceException("mailbox.error.deletedCannotRenew");
        }
        expiresOn = expiresOn.plusMonths(termMonths);
        return move(MailboxLifecycle.stateByDate(expiresOn, on, renewalDays()), MailboxAction.RENEWED, on, null);
    }

    /** The Order closes the mailbox (Prato: on transfer or strike-off). */
    Transition deactivate(LocalDate on, String reason) {
        if (!state.isOpen()) {
            throw new ServiceException("mailbox.error.alreadyClosed", state.name());
        }
        return move(MailboxState.DEACTIVATED, MailboxAction.DEACTIVATED, on, reason);
    }

    /**
     * The provider's list is the truth about the address, the activation and the expiry: the mailbox takes them and
     * the state their dates give (or DEACTIVATED when the provider closed it).
     *
     * @return the changed fields, and the transition when the state changed (else null)
     */
    Reconciled fromProvider(String pec, LocalDate activated, LocalDate expires, boolean closed, LocalDate today) {
        String address = pec == null || pec.isBlank() ? pecAddress : pec.trim().toLowerCase(java.util.Locale.ROOT);
        var changes = it.albopec.audit.FieldChange.builder()
                .compare("pecAddress", pecAddress, address)
                .compare("activatedOn", activatedOn, activated == null ? activatedOn : activated)
                .compare("expiresOn", expiresOn, expires == null ? expiresOn : expires);
        pecAddress = address;
        if (activated != null) {
            activatedOn = activated;
        }
        if (expires != null) {
            expiresOn = expires;
        }
        MailboxState next = closed ? MailboxState.DEACTIVATED
                : expiresOn != null ? MailboxLifecycle.stateByDate(expiresOn, today, renewalDays()) : state;
        Transition transition = null;
        if (next != state) {
            MailboxAction action = closed ? MailboxAction.DEACTIVATED
                    : state == MailboxState.ELIGIBLE || MailboxState.PENDING.contains(state) ? MailboxAction.ACTIVATED : MailboxAction.RENEWED;
            changes.compare("state", state, next);
            transition = move(next, action, activatedOn != null && !closed && action == MailboxAction.ACTIVATED ? activatedOn : today,
                    "provider list");
        }
        return new Reconciled(changes.build(), transition);
    }

    record Reconciled(java.util.List<it.albopec.audit.FieldChange> changes, Transition transition) {}

    void changePayment(PaymentMethod method, boolean autoRenewal, YearMonth cardValidUntil) {
        this.paymentMethod = method;
        this.autoRenewal = autoRenewal;
        this.cardValidUntil = cardValidUntil == null ? null : cardValidUntil.atEndOfMonth();
    }

    private Transition activate(LocalDate on, MailboxAction action) {
        activatedOn = on;
        expiresOn = on.plusMonths(termMonths);
        return move(MailboxLifecycle.stateByDate(expiresOn, on, renewalDays()), action, on, null);
    }

    private int renewalDays() {
        return renewalDaysAfterExpiry == null ? it.albopec.convention.ConventionDetails.PROVIDER_GENERAL_RENEWAL_DAYS : renewalDaysAfterExpiry;
    }

    /** The day the mailbox can no longer be renewed (the expiry itself where the convention allows none). */
    private LocalDate deletionDate() {
        return MailboxLifecycle.deletionDate(expiresOn, renewalDays());
    }

    private void require(MailboxAction action, MailboxState... allowed) {
        for (MailboxState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new ServiceException("mailbox.error.illegalTransition", action.name(), state.name());
    }

    /** Every state change of a mailbox in Java goes through here (the daily job's SQL is the other place). */
    private Transition move(MailboxState next, MailboxAction action, LocalDate on, String reason) {
        var transition = new Transition(state, next, action, on, reason);
        if (next != state) {
            state = next;
            stateSince = on;
            if (!MailboxState.PENDING.contains(next)) {
                activationExpectedOn = null;
            }
        }
        return transition;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getOrderId() { return orderId; }
    long getMemberId() { return memberId; }
    long getConventionId() { return conventionId; }
    boolean isDeactivateOnLeaving() { return deactivateOnLeaving; }
    MailboxState getState() { return state; }
    LocalDate getExpiresOn() { return expiresOn; }

    MailboxDetails toDetails() {
        YearMonth card = cardValidUntil == null ? null : YearMonth.from(cardValidUntil);
        return new MailboxDetails(id == null ? 0 : id, version, orderId, memberId, conventionId, pecAddress, providerLogin, paymentMethod,
                autoRenewal, card, termMonths, testMessageRequired, documentsRequired, eligibleOn, requestedOn,
                paymentReceivedOn, documentsReceivedOn, activatedOn, expiresOn, testMessageReceivedOn, state, stateSince,
                activationExpectedOn, renewalDays());
    }

    /** One step of the lifecycle, as the history records it. */
    record Transition(MailboxState from, MailboxState to, MailboxAction action, LocalDate on, String reason) {}
}
