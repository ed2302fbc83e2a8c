package it.albopec.convention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A convention as the rest of the application reads it, with the rules of the Orders' instructions as methods.
 * Immutable: a snapshot of the convention when it was read.
 *
 * @param feePerTerm            the fee of one term, or null when the Order's instructions give none (Prato)
 * @param currency              ISO code of the fee's currency (EUR)
 * @param paymentMethods        methods the member may choose (empty when the Order pays)
 * @param testMessageAddress    the Order's PEC that receives the test message, when one is required (Prato)
 * @param leadTimeDays          days after registration in the register before a new member can register at the
 *                              provider (Foggia: "circa 7/8 giorni"), or null when not stated
 * @param consents              the declarations the member must tick on the provider's form (Bolzano: three)
 * @param mailboxDeactivatedOnLeaving the Order deactivates the mailbox of a member who transfers or is struck off (Prato)
 * @param validFrom             first day on which mailboxes may be requested, or null when not stated
 * @param validUntil            last such day, or null when open-ended
 * @param instructions          what members read, one entry per language written
 * @param renewalDaysAfterExpiry days an expired mailbox can still be renewed, or null where the Order's instructions
 *                              are silent (then the provider's general rule, {@link #PROVIDER_GENERAL_RENEWAL_DAYS});
 *                              0: unrecoverable at expiry (Foggia)
 * @param expiredViewableWords  how long an unrecoverable mailbox can be read on request (Foggia: "24/48 ore"), or null
 * @param afterExpiryWords      the Order's own sentence about what happens after expiry, or null
 * @param offlinePaymentActivation activation time after a bollettino or bank transfer (Bolzano), or null when not stated
 * @param documentsActivation   activation time after the signed form and identity document arrive (Foggia), or null
 */
public record ConventionDetails(long id, long version, long orderId, String code, long providerId, String providerName,
                                BigDecimal feePerTerm, String currency, int termMonths, Payer payer,
                                Set<PaymentMethod> paymentMethods, boolean signedFormAndIdRequired,
                                boolean testMessageRequired, String testMessageAddress, Integer leadTimeDays,
                                PasswordPolicy passwordPolicy, List<String> consents, boolean oneMailboxPerMember,
                                boolean mailboxDeactivatedOnLeaving, LocalDate validFrom, LocalDate validUntil,
                                ConventionStatus status, LocalDate disabledOn, String disabledBy, String disabledReason,
                                List<ConventionInstructions> instructions, Integer renewalDaysAfterExpiry,
                                String expiredViewableWords, String afterExpiryWords,
                                ActivationTime offlinePaymentActivation, ActivationTime documentsActivation) {

    /** The provider's general rule where an Order's instructions say nothing: renewable 90 days after expiry (DESIGN.md). */
    public static final int PROVIDER_GENERAL_RENEWAL_DAYS = 90;

    public ConventionDetails {
        paymentMethods = Set.copyOf(paymentMethods);
        consents = List.copyOf(consents);
        instructions = List.copyOf(instructions);
        passwordPolicy = passwordPolicy == null ? PasswordPolicy.NOT_STATED : passwordPolicy;
        if (termMonths <= 0) {
            throw new IllegalArgumentException("termMonths must be positive");
        }
    }

    /** The fee of one term; empty while the Order has not set it (Prato's instructions give none). */
    public Optional<BigDecimal> fee() {
        return Optional.ofNullable(feePerTerm);
    }

    /** The fee spread over a year: fee × 12 / term, 2 decimals, half up (Bolzano: 17.08 / 3 = 5.69 EUR). */
    public Optional<BigDecimal> costPerYear() {
        return fee().map(f -> f.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(termMonths), 2, RoundingMode.HALF_UP));
    }

    /** Prato: every mailbox is renewed automatically every term at the Order's expense. */
    public boolean renewsAtTheOrdersExpense() {
        return payer == Payer.ORDER;
    }

    /** Whether the member may pay this way under this convention (never when the Order pays). */
    public boolean allows(PaymentMethod method) {
        return payer == Payer.MEMBER && paymentMethods.contains(method);
    }

    /**
     * Whether a mailbox paid this way is renewed automatically when its term ends: always when the Order pays
     * (Prato); otherwise only card and PayPal (Bolzano), and only if the convention allows the method.
     */
    public boolean renewsAutomatically(PaymentMethod method) {
        if (renewsAtTheOrdersExpense()) {
            return true;
        }
        return allows(method) && method.renewsAutomatically();
    }

    /**
     * Whether a mailbox paid this way is active at once. Never where the signed form and identity document must
     * reach the provider first (Foggia: "in genere 2/3 gg lavorativi, per i pagamenti con carta di credito"), nor
     * for a payment the provider must first receive (Bolzano: bollettino, bank transfer).
     */
    public boolean activatesInRealTime(PaymentMethod method) {
        if (signedFormAndIdRequired) {
            return false;
        }
        return renewsAtTheOrdersExpense() || allows(method) && method.activatesInRealTime();
    }

    /** Days an expired mailbox can still be renewed: the convention's rule, else the provider's general 90. */
    public int renewableDaysAfterExpiry() {
        return renewalDaysAfterExpiry == null ? PROVIDER_GENERAL_RENEWAL_DAYS : renewalDaysAfterExpiry;
    }

    /** Foggia: an expired mailbox "non potrà più essere recuperata"; the member registers again for a new address. */
    public boolean expiredMailboxUnrecoverable() {
        return renewableDaysAfterExpiry() == 0;
    }

    /**
     * The day a mailbox requested on {@code requestedOn} and paid this way is expected to be active, when the Order's
     * instructions give a time: after an offline payment (Bolzano). Empty when it waits for the member's documents
     * (their arrival starts the clock, {@link #activationExpectedAfterDocuments}) or when no time is stated.
     */
    public Optional<LocalDate> activationExpectedAfterRequest(PaymentMethod method, LocalDate requestedOn) {
        if (method == null || method.activatesInRealTime() || offlinePaymentActivation == null || signedFormAndIdRequired) {
            return Optional.empty();
        }
        return Optional.of(offlinePaymentActivation.expectedBy(requestedOn));
    }

    /** Foggia: the day a mailbox is expected to be active once the signed form and identity document arrived. */
    public Optional<LocalDate> activationExpectedAfterDocuments(LocalDate receivedOn) {
        return documentsActivation == null ? Optional.empty() : Optional.of(documentsActivation.expectedBy(receivedOn));
    }

    /**
     * The first day a newly registered member can register at the provider: the provider must first receive
     * the Order's updated list (Foggia: "attendere circa 7/8 giorni dalla data di Iscrizione all'Albo").
     */
    public LocalDate firstRegistrationDate(LocalDate registeredOn) {
        return leadTimeDays == null ? registeredOn : registeredOn.plusDays(leadTimeDays);
    }

    /** Prato: the member must send a test message from the new mailbox to the Order's PEC. */
    public boolean requiresTestMessage() {
        return testMessageRequired;
    }

    /**
     * Foggia: the subscription form the provider e-mails, signed, with a valid identity document, sent by fax and
     * uploaded as PDF to the customer area, before the mailbox is finally activated.
     */
    public boolean requiresSignedFormAndId() {
        return signedFormAndIdRequired;
    }

    /** The day a mailbox activated on the given day reaches the end of its term. */
    public LocalDate expiryDate(LocalDate activation) {
        return activation.plusMonths(termMonths);
    }

    /**
     * Foggia: a card that expires within the term makes the automatic renewal fail; the mailbox then expires and
     * cannot be recovered (a new registration gives a new address).
     *
     * @param cardExpiry the last month the card is valid
     */
    public boolean cardExpiryBreaksRenewal(YearMonth cardExpiry, LocalDate activation) {
        return cardExpiry.atEndOfMonth().isBefore(expiryDate(activation));
    }

    /** Whether mailboxes can be requested under this convention on the given day. */
    public boolean isAcceptingRequests(LocalDate today) {
        return status == ConventionStatus.ACTIVE
                && (validFrom == null || !today.isBefore(validFrom))
                && (validUntil == null || !today.isAfter(validUntil));
    }

    public boolean isDisabled() {
        return status == ConventionStatus.DISABLED;
    }

    /** The instructions in the given language, falling back to Italian, the language every Order writes in. */
    public Optional<ConventionInstructions> instructionsFor(Locale locale) {
        String language = locale == null ? "it" : locale.getLanguage();
        return instructions.stream().filter(i -> i.language().equals(language) && !i.isEmpty()).findFirst()
                .or(() -> instructions.stream().filter(i -> i.language().equals("it")).findFirst());
    }

    public ConventionCode conventionCode() {
        return new ConventionCode(code);
    }
}
