package it.albopec.convention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A convention of one Order with one provider. */
@Entity
@Table(name = "convention")
class Convention {

    static final String CURRENCY = "EUR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(nullable = false, length = 13)
    private String code;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(precision = 10, scale = 2)
    private BigDecimal fee;

    @Column(nullable = false, length = 3)
    private String currency = CURRENCY;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Payer payer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "convention_payment_method", joinColumns = @JoinColumn(name = "convention_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private Set<PaymentMethod> paymentMethods = EnumSet.noneOf(PaymentMethod.class);

    @Column(name = "signed_form_and_id_required", nullable = false)
    private boolean signedFormAndIdRequired;

    @Column(name = "test_message_required", nullable = false)
    private boolean testMessageRequired;

    @Column(name = "test_message_address", length = 254)
    private String testMessageAddress;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @Column(name = "password_min_length")
    private Integer passwordMinLength;

    @Column(name = "password_max_length")
    private Integer passwordMaxLength;

    @Column(name = "password_alphanumeric", nullable = false)
    private boolean passwordAlphanumeric;

    @Column(name = "password_example", length = 40)
    private String passwordExample;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "convention_consent", joinColumns = @JoinColumn(name = "convention_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> consents = new ArrayList<>();

    @Column(name = "one_mailbox_per_member", nullable = false)
    private boolean oneMailboxPerMember = true;

    @Column(name = "mailbox_deactivated_on_leaving", nullable = false)
    private boolean mailboxDeactivatedOnLeaving;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ConventionStatus status = ConventionStatus.ACTIVE;

    @Column(name = "disabled_on")
    private LocalDate disabledOn;

    @Column(name = "disabled_by", length = 100)
    private String disabledBy;

    @Column(name = "disabled_reason", length = 2000)
    private String disabledReason;

    @Column(name = "renewal_days_after_expiry")
    private Integer renewalDaysAfterExpiry;

    @Column(name = "expired_viewable_words", length = 40)
    private String expiredViewableWords;

    @Column(name = "after_expiry_words", length = 1000)
    private String afterExpiryWords;

    @Column(name = "offline_activation_days")
    private Integer offlineActivationDays;

    @Column(name = "offline_activation_working", nullable = false)
    private boolean offlineActivationWorking;

    @Column(name = "offline_activation_words", length = 100)
    private String offlineActivationWords;

    @Column(name = "documents_activation_days")
    private Integer documentsActivationDays;

    @Column(name = "documents_activation_working", nullable = false)
    private boolean documentsActivationWorking;

    @Column(name = "documents_activation_words", length = 100)
    private String documentsActivationWords;

    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("language")
    private List<ConventionText> texts = new ArrayList<>();

    protected Convention() {}

    Convention(long orderId) {
        this.orderId = orderId;
    }

    void apply(ConventionForm form, ConventionCode conventionCode) {
        code = conventionCode.value();
        providerId = form.getProviderId();
        fee = form.getFee() == null ? null : form.getFee().setScale(2, java.math.RoundingMode.UNNECESSARY);
        termMonths = form.getTermMonths();
        payer = form.getPayer();
        paymentMethods.clear();
        if (payer == Payer.MEMBER) {
            paymentMethods.addAll(form.getPaymentMethods());
        }
        signedFormAndIdRequired = form.isSignedFormAndIdRequired();
        testMessageRequired = form.isTestMessageRequired();
        testMessageAddress = form.getTestMessageAddress();
        leadTimeDays = form.getLeadTimeDays();
        passwordMinLength = form.getPasswordMinLength();
        passwordMaxLength = form.getPasswordMaxLength();
        passwordAlphanumeric = form.isPasswordAlphanumeric();
        passwordExample = form.getPasswordExample();
        consents.clear();
        consents.addAll(form.consentList());
        oneMailboxPerMember = form.isOneMailboxPerMember();
        mailboxDeactivatedOnLeaving = form.isMailboxDeactivatedOnLeaving();
        validFrom = form.getValidFrom();
        validUntil = form.getValidUntil();
        renewalDaysAfterExpiry = form.getRenewalDaysAfterExpiry();
        expiredViewableWords = form.getExpiredViewableWords();
        afterExpiryWords = form.getAfterExpiryWords();
        offlineActivationDays = form.getOfflineActivationDays();
        offlineActivationWorking = form.isOfflineActivationWorking();
        offlineActivationWords = form.getOfflineActivationWords();
        documentsActivationDays = form.getDocumentsActivationDays();
        documentsActivationWorking = form.isDocumentsActivationWorking();
        documentsActivationWords = form.getDocumentsActivationWords();
    }

    void disable(LocalDate on, String by, String reason) {
        status = ConventionStatus.DISABLED;
        disabledOn = on;
        disabledBy = by;
        disabledReason = reason;
    }

    void activate(LocalDate activation) {
        status = ConventionStatus.ACTIVE;
        validFrom = activation;
        disabledOn = null;
        disabledBy = null;
        disabledReason = null;
    }

    boolean hasText(String language) {
        return texts.stream().anyMatch(t -> t.getLanguage().equals(language));
    }

    /** The text of the language, created empty when missing. */
    ConventionText text(String language) {
        return texts.stream().filter(t -> t.getLanguage().equals(language)).findFirst().orElseGet(() -> {
            var text = new ConventionText(this, language);
            texts.add(text);
            return text;
        });
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getOrderId() { return orderId; }
    String getCode() { return code; }
    long getProviderId() { return providerId; }
    ConventionStatus getStatus() { return status; }
    LocalDate getDisabledOn() { return disabledOn; }

    ConventionDetails toDetails(String providerName) {
        return new ConventionDetails(id == null ? 0 : id, version, orderId, code, providerId, providerName, fee, currency, termMonths, payer,
                paymentMethods, signedFormAndIdRequired, testMessageRequired, testMessageAddress, leadTimeDays,
                new PasswordPolicy(passwordMinLength, passwordMaxLength, passwordAlphanumeric, passwordExample),
                consents, oneMailboxPerMember, mailboxDeactivatedOnLeaving, validFrom, validUntil, status, disabledOn,
                disabledBy, disabledReason, texts.stream().map(ConventionText::toInstructions).toList(),
                renewalDaysAfterExpiry, expiredViewableWords, afterExpiryWords,
                activationTime(offlineActivationDays, offlineActivationWorking, offlineActivationWords),
                activationTime(documentsActivationDays, documentsActivationWorking, documentsActivationWords));
    }

    private static ActivationTime activationTime(Integer days, boolean working, String words) {
        return days == null ? null : new ActivationTime(days, working, words);
    }
}
