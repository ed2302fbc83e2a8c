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
}
