package it.albopec.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import it.albopec.base.ServiceException;
import org.junit.jupiter.api.Test;

/** The rules of the three seeds as behaviour of a convention, on the demo data's definitions; no Spring. */
class ConventionRulesTest {

    static final long ARUBA = 1L;

    static ConventionDetails details(ConventionForm form, Map<String, ConventionInstructions> texts) {
        var convention = new Convention(1L);
        convention.apply(form, ConventionCode.parse(form.getCode()));
        texts.forEach((language, t) -> convention.text(language).write(t.steps(), t.warnings()));
        return convention.toDetails("Aruba PEC");
    }

    static final ConventionDetails PRATO = details(ConventionDemoData.prato(ARUBA), ConventionDemoData.pratoInstructions());
    static final ConventionDetails FOGGIA = details(ConventionDemoData.foggia(ARUBA), ConventionDemoData.foggiaInstructions());
    static final ConventionDetails BOLZANO = details(ConventionDemoData.bolzano(ARUBA), ConventionDemoData.bolzanoInstructions());

    // --- payment methods (Bolzano) ---

    @Test
    void cardAndPaypalActivateInRealTimeAndRenewAutomatically() {
        assertThat(PaymentMethod.CARD.activatesInRealTime()).isTrue();
        assertThat(PaymentMethod.CARD.renewsAutomatically()).isTrue();
        assertThat(PaymentMethod.PAYPAL.activatesInRealTime()).isTrue();
        assertThat(PaymentMethod.PAYPAL.renewsAutomatically()).isTrue();
        assertThat(BOLZANO.renewsAutomatically(PaymentMethod.CARD)).isTrue();
        assertThat(BOLZANO.activatesInRealTime(PaymentMethod.PAYPAL)).isTrue();
    }

    @Test
    void bollettinoDoesNotRenewAutomatically() {
        assertThat(PaymentMethod.BOLLETTINO.renewsAutomatically()).isFalse();
        assertThat(BOLZANO.renewsAutomatically(PaymentMethod.BOLLETTINO)).isFalse();
    }

    @Test
    void bankTransferDoesNotRenewAutomatically() {
        assertThat(PaymentMethod.BANK_TRANSFER.renewsAutomatically()).isFalse();
        assertThat(BOLZANO.renewsAutomatically(PaymentMethod.BANK_TRANSFER)).isFalse();
    }

    @Test
    void bolzanoBollettinoAndBankTransferActivateWhenTheProviderReceivesThePaymentDiNorma2Su3Giorni() {
        assertThat(BOLZANO.activatesInRealTime(PaymentMethod.BOLLETTINO)).isFalse();
        assertThat(BOLZANO.activatesInRealTime(PaymentMethod.BANK_TRANSFER)).isFalse();
        assertThat(BOLZANO.offlinePaymentActivation().words()).isEqualTo("di norma 2/3 giorni");
        // "giorni": calendar days, so a request on Friday 6 March 2026 is expected by Monday 9 March
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(BOLZANO.activationExpectedAfterRequest(PaymentMethod.BOLLETTINO, friday)).contains(LocalDate.of(2026, 3, 9));
        assertThat(BOLZANO.activationExpectedAfterRequest(PaymentMethod.CARD, friday)).isEmpty();
    }

    @Test
    void foggiaCardPaymentsAreNotInRealTimeButWaitTwoToThreeWorkingDaysAfterTheFaxedForm() {
        assertThat(FOGGIA.activatesInRealTime(PaymentMethod.CARD)).isFalse();
        assertThat(FOGGIA.activatesInRealTime(PaymentMethod.PAYPAL)).isFalse();
        assertThat(FOGGIA.documentsActivation().words()).isEqualTo("in genere 2/3 gg lavorativi");
        // working days: form received on Friday 24 April 2026 (Liberation Day is Saturday the 25th) → Mon 27, Tue 28, Wed 29
        assertThat(FOGGIA.activationExpectedAfterDocuments(LocalDate.of(2026, 4, 24))).contains(LocalDate.of(2026, 4, 29));
        // Easter Monday 6 April 2026 is not a working day: received Thursday 2 April → Fri 3, Tue 7, Wed 8
        assertThat(FOGGIA.activationExpectedAfterDocuments(LocalDate.of(2026, 4, 2))).contains(LocalDate.of(2026, 4, 8));
        assertThat(BOLZANO.activationExpectedAfterDocuments(LocalDate.of(2026, 4, 2))).isEmpty();
    }

    @Test
    void afterExpiryFoggiaIsUnrecoverableWhileSilentOrdersFollowTheProvidersNinetyDays() {
        assertThat(FOGGIA.renewableDaysAfterExpiry()).isZero();
        assertThat(FOGGIA.expiredMailboxUnrecoverable()).isTrue();
        assertThat(FOGGIA.expiredViewableWords()).isEqualTo("24/48 ore");
        assertThat(FOGGIA.afterExpiryWords()).contains("non potrà più essere recuperata")
                .contains("Sarà poi necessario registrarsi nuovamente per ottenere un nuovo indirizzo PEC");
        assertThat(PRATO.renewableDaysAfterExpiry()).isEqualTo(90);
        assertThat(BOLZANO.renewableDaysAfterExpiry()).isEqualTo(90);
        assertThat(BOLZANO.expiredMailboxUnrecoverable()).isFalse();
    }

    @Test
    void bolzanoMembersChooseAmongCardPaypalBollettinoAndBankTransfer() {
        assertThat(BOLZANO.payer()).isEqualTo(Payer.MEMBER);
        assertThat(BOLZANO.paymentMethods()).containsExactlyInAnyOrder(PaymentMethod.values());
    }

    // --- Prato ---

    @Test
    void pratoRenewsAtTheOrdersExpense() {
        assertThat(PRATO.payer()).isEqualTo(Payer.ORDER);
        assertThat(PRATO.renewsAtTheOrdersExpense()).isTrue();
        assertThat(PRATO.paymentMethods()).as("members pay nothing").isEmpty();
        for (PaymentMethod method : PaymentMethod.values()) {
            assertThat(PRATO.renewsAutomatically(method)).isTrue();
            assertThat(PRATO.allows(method)).isFalse();
        }
    }

    @Test
    void pratoRenewsEveryThreeYears() {
        assertThat(PRATO.termMonths()).isEqualTo(36);
        assertThat(PRATO.expiryDate(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2028, 3, 10));
    }

    @Test
    void pratoRequiresATestMessageToTheSecretariatPec() {
        assertThat(PRATO.requiresTestMessage()).isTrue();
        assertThat(PRATO.testMessageAddress()).isEqualTo("segreteria.po@pec.omceo.it");
        assertThat(FOGGIA.requiresTestMessage()).isFalse();
        assertThat(BOLZANO.requiresTestMessage()).isFalse();
    }

    @Test
    void pratoGivesNoFeeSoItStaysToBeSet() {
        assertThat(PRATO.fee()).isEmpty();
        assertThat(PRATO.costPerYear()).isEmpty();
    }

    @Test
    void pratoDeactivatesTheMailboxOfMembersWhoTransferOrAreStruckOff() {
        assertThat(PRATO.mailboxDeactivatedOnLeaving()).isTrue();
        assertThat(FOGGIA.mailboxDeactivatedOnLeaving()).isFalse();
    }

    @Test
    void pratoInstructionsKeepTheSevenNumberedStepsAndTheTestMessageDuty() {
        var it = PRATO.instructionsFor(Locale.ITALIAN).orElseThrow();
        assertThat(it.steps()).hasSize(7);
        assertThat(it.steps().get(1)).contains("OMCEO-PO-0035");
        assertThat(it.steps().get(6)).contains("a) la prima e-mail").contains("b) la seconda e-mail");
        assertThat(it.warnings()).anyMatch(w -> w.contains("mail di prova") && w.contains("segreteria.po@pec.omceo.it"));
    }

    // --- Foggia ---

    @Test
    void foggiaNewMembersWaitTheLeadTimeBeforeRegistering() {
        assertThat(FOGGIA.leadTimeDays()).isEqualTo(8);
        assertThat(FOGGIA.firstRegistrationDate(LocalDate.of(2026, 1, 12))).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(PRATO.firstRegistrationDate(LocalDate.of(2026, 1, 12))).as("no lead time stated").isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void foggiaRequiresTheSignedFormAndAnIdentityDocument() {
        assertThat(FOGGIA.requiresSignedFormAndId()).isTrue();
        assertThat(PRATO.requiresSignedFormAndId()).isFalse();
        assertThat(BOLZANO.requiresSignedFormAndId()).isFalse();
        assertThat(FOGGIA.instructionsFor(Locale.ITALIAN).orElseThrow().steps().get(5)).contains("0575/862026").contains("PDF");
    }

    @Test
    void foggiaPasswordsAreAlphanumericFromEightToTwentyCharacters() {
        PasswordPolicy policy = FOGGIA.passwordPolicy();
        assertThat(policy.isStated()).isTrue();
        assertThat(policy.example()).isEqualTo("Daniela1966");
        assertThat(policy.accepts("Daniela1966")).isTrue();
        assertThat(policy.accepts("Dan1966")).as("7 characters").isFalse();
        assertThat(policy.accepts("Daniela1966Daniela1966")).as("22 characters").isFalse();
        assertThat(policy.accepts("Daniela-1966")).as("not alphanumeric").isFalse();
        assertThat(BOLZANO.passwordPolicy().isStated()).as("Bolzano: 'determinati parametri'").isFalse();
    }

    @Test
    void foggiaCardExpiringWithinTheThreeYearsBreaksRenewal() {
        LocalDate activation = LocalDate.of(2026, 2, 1);
        assertThat(FOGGIA.cardExpiryBreaksRenewal(YearMonth.of(2027, 6), activation)).isTrue();
        assertThat(FOGGIA.cardExpiryBreaksRenewal(YearMonth.of(2029, 2), activation)).isFalse();
        assertThat(FOGGIA.instructionsFor(Locale.ITALIAN).orElseThrow().warnings())
                .anyMatch(w -> w.contains("24/48 ore") && w.contains("nuovo indirizzo PEC"));
    }

    @Test
    void foggiaMembersPay() {
        assertThat(FOGGIA.payer()).isEqualTo(Payer.MEMBER);
        assertThat(FOGGIA.fee()).as("the seed gives no fee").isEmpty();
        assertThat(FOGGIA.renewsAutomatically(PaymentMethod.CARD)).isTrue();
        assertThat(FOGGIA.renewsAutomatically(PaymentMethod.BANK_TRANSFER)).isFalse();
    }

    // --- Bolzano ---

    @Test
    void bolzanoCostsSeventeenEurosEightCentsPerThreeYears() {
        assertThat(BOLZANO.fee()).contains(new BigDecimal("17.08"));
        assertThat(BOLZANO.currency()).isEqualTo("EUR");
        assertThat(BOLZANO.termMonths()).isEqualTo(36);
        assertThat(BOLZANO.costPerYear()).contains(new BigDecimal("5.69"));
    }

    @Test
    void bolzanoMembersTickThreeDeclarations() {
        assertThat(BOLZANO.consents()).hasSize(3).allMatch(c -> c.startsWith("Dichiaro di aver preso visione"));
    }

    @Test
    void bolzanoAllowsOneMailboxPerMember() {
        assertThat(BOLZANO.oneMailboxPerMember()).isTrue();
    }

    @Test
    void bolzanoInstructionsExistInItalianAndGerman() {
        assertThat(BOLZANO.instructionsFor(Locale.GERMAN).orElseThrow().language()).isEqualTo("de");
        assertThat(BOLZANO.instructionsFor(Locale.GERMAN).orElseThrow().warnings().getFirst()).contains("NICHT auf DISABILITA");
        assertThat(BOLZANO.instructionsFor(Locale.ITALIAN).orElseThrow().warnings().getFirst())
                .isEqualTo("ATTENZIONE: NON cliccare sopra a DISABILITA in quanto la convenzione verrà cancellata.");
        assertThat(BOLZANO.instructionsFor(Locale.ENGLISH).orElseThrow().language()).as("falls back to Italian").isEqualTo("it");
    }

    // --- generic rules ---

    @Test
    void costPerYearRoundsHalfUpToCents() {
        var form = ConventionDemoData.bolzano(ARUBA);
        form.setFee(new BigDecimal("10.00"));
        form.setTermMonths(36);
        assertThat(details(form, Map.of()).costPerYear()).contains(new BigDecimal("3.33"));
        form.setFee(new BigDecimal("0.05"));
        form.setTermMonths(24);
        assertThat(details(form, Map.of()).costPerYear()).contains(new BigDecimal("0.03"));
    }

    @Test
    void aMethodTheConventionDoesNotAllowNeverRenews() {
        var form = ConventionDemoData.bolzano(ARUBA);
        form.setPaymentMethods(java.util.EnumSet.of(PaymentMethod.BOLLETTINO));
        var details = details(form, Map.of());
        assertThat(details.allows(PaymentMethod.CARD)).isFalse();
        assertThat(details.renewsAutomatically(PaymentMethod.CARD)).isFalse();
    }

    @Test
    void aConventionAcceptsRequestsOnlyWhileActiveAndWithinItsValidity() {
        var form = ConventionDemoData.bolzano(ARUBA);
        form.setValidFrom(LocalDate.of(2026, 1, 1));
        form.setValidUntil(LocalDate.of(2028, 12, 31));
        var convention = new Convention(1L);
        convention.apply(form, ConventionCode.parse(form.getCode()));
        var active = convention.toDetails("");
        assertThat(active.isAcceptingRequests(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(active.isAcceptingRequests(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(active.isAcceptingRequests(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(active.isAcceptingRequests(LocalDate.of(2029, 1, 1))).isFalse();
        convention.disable(LocalDate.of(2026, 5, 1), "admin.bz", "test");
        assertThat(convention.toDetails("").isAcceptingRequests(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(BOLZANO.isAcceptingRequests(LocalDate.of(2026, 6, 1))).as("no dates stated: always").isTrue();
    }

    // --- code ---

    @Test
    void theCodeFollowsOmceoProvinceAndFourDigits() {
        assertThat(ConventionCode.parse(" omceo-bz-0041 ").value()).isEqualTo("OMCEO-BZ-0041");
        assertThat(ConventionCode.parse("OMCEO-BZ-0041").provinceCode()).isEqualTo("BZ");
        for (String wrong : new String[] {"OMCEO-BZ-41", "OMCEO-B1-0041", "OMCEO-BZ-00410", "OMCEOBZ0041", "", "ARUBA-BZ-0041"}) {
            assertThatThrownBy(() -> ConventionCode.parse(wrong)).as(wrong).isInstanceOf(ServiceException.class)
                    .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("convention.error.codeFormat");
        }
        assertThatThrownBy(() -> ConventionCode.parse(null)).isInstanceOf(ServiceException.class);
    }

    @Test
    void theCodeMustNameTheOrdersProvince() {
        assertThat(ConventionCode.of("OMCEO-FG-0053", "FG").value()).isEqualTo("OMCEO-FG-0053");
        assertThatThrownBy(() -> ConventionCode.of("OMCEO-PO-0035", "FG")).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("convention.error.codeProvince");
    }
}
