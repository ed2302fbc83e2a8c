package it.albopec.convention;

import it.albopec.base.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the Order's ADMIN fills in to add or edit a convention. The status is not here: disabling and activating
 * again are actions of their own, with a reason. Rules across fields (code of the Order's province, methods for
 * a member who pays, the address of the test message) are checked by {@link ConventionService}.
 */
public class ConventionForm {

    @NotBlank @Size(max = 13)
    @PlainText
    private String code;
    @NotNull
    private Long providerId;
    /** Null while the Order has not set the fee (Prato's instructions give none). */
    @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
    private BigDecimal fee;
    @NotNull @Min(1) @Max(120)
    private Integer termMonths = 36;
    @NotNull
    private Payer payer = Payer.MEMBER;
    private Set<PaymentMethod> paymentMethods = EnumSet.noneOf(PaymentMethod.class);
    private boolean signedFormAndIdRequired;
    private boolean testMessageRequired;
    @Email @Size(max = 254)
    @PlainText
    private String testMessageAddress;
    @Min(0) @Max(90)
    private Integer leadTimeDays;
    @Min(1) @Max(100)
    private Integer passwordMinLength;
    @Min(1) @Max(100)
    private Integer passwordMaxLength;
    private boolean passwordAlphanumeric;
    @Size(max = 40)
    @PlainText
    private String passwordExample;
    /** The declarations the member must tick, one per line. */
    @Size(max = 3000)
    @PlainText(multiLine = true)
    private String consents;
    private boolean oneMailboxPerMember = true;
    private boolean mailboxDeactivatedOnLeaving;
    private LocalDate validFrom;
    private LocalDate validUntil;
    /** Days an expired mailbox can still be renewed; empty: the provider's general rule (90); 0: unrecoverable. */
    @Min(0) @Max(365)
    private Integer renewalDaysAfterExpiry;
    /** How long an unrecoverable mailbox can still be read on request, in the Order's words (Foggia: "24/48 ore"). */
    @Size(max = 40)
    @PlainText
    private String expiredViewableWords;
    /** The Order's own sentence about what happens after expiry. */
    @Size(max = 1000)
    @PlainText(multiLine = true)
    private String afterExpiryWords;
    @Min(0) @Max(60)
    private Integer offlineActivationDays;
    private boolean offlineActivationWorking;
    @Size(max = 100)
    @PlainText
    private String offlineActivationWords;
    @Min(0) @Max(60)
    private Integer documentsActivationDays;
    private boolean documentsActivationWorking;
    @Size(max = 100)
    @PlainText
    private String documentsActivationWords;

    public static ConventionForm of(ConventionDetails convention) {
        var form = new ConventionForm();
        form.code = convention.code();
        form.providerId = convention.providerId();
        form.fee = convention.feePerTerm();
        form.termMonths = convention.termMonths();
        form.payer = convention.payer();
        form.paymentMethods = convention.paymentMethods().isEmpty() ? EnumSet.noneOf(PaymentMethod.class) : EnumSet.copyOf(convention.paymentMethods());
        form.signedFormAndIdRequired = convention.signedFormAndIdRequired();
        form.testMessageRequired = convention.testMessageRequired();
        form.testMessageAddress = convention.testMessageAddress();
        form.leadTimeDays = convention.leadTimeDays();
        form.passwordMinLength = convention.passwordPolicy().minLength();
        form.passwordMaxLength = convention.passwordPolicy().maxLength();
        form.passwordAlphanumeric = convention.passwordPolicy().alphanumeric();
        form.passwordExample = convention.passwordPolicy().example();
        form.consents = String.join("\n", convention.consents());
        form.oneMailboxPerMember = convention.oneMailboxPerMember();
        form.mailboxDeactivatedOnLeaving = convention.mailboxDeactivatedOnLeaving();
        form.validFrom = convention.validFrom();
        form.validUntil = convention.validUntil();
        form.renewalDaysAfterExpiry = convention.renewalDaysAfterExpiry();
        form.expiredViewableWords = convention.expiredViewableWords();
        form.afterExpiryWords = convention.afterExpiryWords();
        if (convention.offlinePaymentActivation() != null) {
            form.offlineActivationDays = convention.offlinePaymentActivation().days();
            form.offlineActivationWorking = convention.offlinePaymentActivation().workingDays();
            form.offlineActivationWords = convention.offlinePaymentActivation().words();
        }
        if (convention.documentsActivation() != null) {
            form.documentsActivationDays = convention.documentsActivation().days();
            form.documentsActivationWorking = convention.documentsActivation().workingDays();
            form.documentsActivationWords = convention.documentsActivation().words();
        }
        return form;
    }

    List<String> consentList() {
        if (consents == null) {
            return List.of();
        }
        return Arrays.stream(consents.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT); }
    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal fee) { this.fee = fee; }
    public Integer getTermMonths() { return termMonths; }
    public void setTermMonths(Integer termMonths) { this.termMonths = termMonths; }
    public Payer getPayer() { return payer; }
    public void setPayer(Payer payer) { this.payer = payer; }
    public Set<PaymentMethod> getPaymentMethods() { return paymentMethods; }
    public void setPaymentMethods(Set<PaymentMethod> paymentMethods) { this.paymentMethods = paymentMethods == null || paymentMethods.isEmpty() ? EnumSet.noneOf(PaymentMethod.class) : EnumSet.copyOf(paymentMethods); }
    public boolean isSignedFormAndIdRequired() { return signedFormAndIdRequired; }
    public void setSignedFormAndIdRequired(boolean signedFormAndIdRequired) { this.signedFormAndIdRequired = signedFormAndIdRequired; }
    public boolean isTestMessageRequired() { return testMessageRequired; }
    public void setTestMessageRequired(boolean testMessageRequired) { this.testMessageRequired = testMessageRequired; }
    public String getTestMessageAddress() { return testMessageAddress; }
    public void setTestMessageAddress(String testMessageAddress) { this.testMessageAddress = testMessageAddress == null || testMessageAddress.isBlank() ? null : testMessageAddress.trim().toLowerCase(Locale.ROOT); }
    public Integer getLeadTimeDays() { return leadTimeDays; }
    public void setLeadTimeDays(Integer leadTimeDays) { this.leadTimeDays = leadTimeDays; }
    public Integer getPasswordMinLength() { return passwordMinLength; }
    public void setPasswordMinLength(Integer passwordMinLength) { this.passwordMinLength = passwordMinLength; }
    public Integer getPasswordMaxLength() { return passwordMaxLength; }
    public void setPasswordMaxLength(Integer passwordMaxLength) { this.passwordMaxLength = passwordMaxLength; }
    public boolean isPasswordAlphanumeric() { return passwordAlphanumeric; }
    public void setPasswordAlphanumeric(boolean passwordAlphanumeric) { this.passwordAlphanumeric = passwordAlphanumeric; }
    public String getPasswordExample() { return passwordExample; }
    public void setPasswordExample(String passwordExample) { this.passwordExample = passwordExample == null || passwordExample.isBlank() ? null : passwordExample.trim(); }
    public String getConsents() { return consents; }
    public void setConsents(String consents) { this.consents = consents; }
    public boolean isOneMailboxPerMember() { return oneMailboxPerMember; }
    public void setOneMailboxPerMember(boolean oneMailboxPerMember) { this.oneMailboxPerMember = oneMailboxPerMember; }
    public boolean isMailboxDeactivatedOnLeaving() { return mailboxDeactivatedOnLeaving; }
    public void setMailboxDeactivatedOnLeaving(boolean mailboxDeactivatedOnLeaving) { this.mailboxDeactivatedOnLeaving = mailboxDeactivatedOnLeaving; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public Integer getRenewalDaysAfterExpiry() { return renewalDaysAfterExpiry; }
    public void setRenewalDaysAfterExpiry(Integer renewalDaysAfterExpiry) { this.renewalDaysAfterExpiry = renewalDaysAfterExpiry; }
    public String getExpiredViewableWords() { return expiredViewableWords; }
    public void setExpiredViewableWords(String expiredViewableWords) { this.expiredViewableWords = blankToNull(expiredViewableWords); }
    public String getAfterExpiryWords() { return afterExpiryWords; }
    public void setAfterExpiryWords(String afterExpiryWords) { this.afterExpiryWords = blankToNull(afterExpiryWords); }
    public Integer getOfflineActivationDays() { return offlineActivationDays; }
    public void setOfflineActivationDays(Integer offlineActivationDays) { this.offlineActivationDays = offlineActivationDays; }
    public boolean isOfflineActivationWorking() { return offlineActivationWorking; }
    public void setOfflineActivationWorking(boolean offlineActivationWorking) { this.offlineActivationWorking = offlineActivationWorking; }
    public String getOfflineActivationWords() { return offlineActivationWords; }
    public void setOfflineActivationWords(String offlineActivationWords) { this.offlineActivationWords = blankToNull(offlineActivationWords); }
    public Integer getDocumentsActivationDays() { return documentsActivationDays; }
    public void setDocumentsActivationDays(Integer documentsActivationDays) { this.documentsActivationDays = documentsActivationDays; }
    public boolean isDocumentsActivationWorking() { return documentsActivationWorking; }
    public void setDocumentsActivationWorking(boolean documentsActivationWorking) { this.documentsActivationWorking = documentsActivationWorking; }
    public String getDocumentsActivationWords() { return documentsActivationWords; }
    public void setDocumentsActivationWords(String documentsActivationWords) { this.documentsActivationWords = blankToNull(documentsActivationWords); }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
