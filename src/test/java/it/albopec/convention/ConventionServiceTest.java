package it.albopec.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.provider.ProviderService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@AlboPecTest
class ConventionServiceTest {

    @Autowired ConventionService conventions;
    @Autowired ProviderService providers;
    @Autowired AuditTrail audit;
    @Autowired SignIn signIn;
    @Autowired TestClock.MutableClock clock;
    @Autowired ConventionTestOrder testOrder;
    @Autowired ConventionDemoData demoData;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void eachDemoOrderHasTheConventionOfItsSeed() {
        signIn.as("admin.po");
        assertThat(conventions.activeConventionOfCurrentOrder()).map(ConventionDetails::code).contains("OMCEO-PO-0035");
        signIn.as("finance.fg");
        assertThat(conventions.activeConventionOfCurrentOrder()).map(ConventionDetails::code).contains("OMCEO-FG-0053");
        signIn.as("admin.bz");
        ConventionDetails bolzano = conventions.activeConventionOfCurrentOrder().orElseThrow();
        assertThat(bolzano.code()).isEqualTo("OMCEO-BZ-0041");
        assertThat(bolzano.fee()).contains(new BigDecimal("17.08"));
        assertThat(bolzano.providerName()).isEqualTo("Aruba PEC");
        assertThat(bolzano.instructions()).extracting(ConventionInstructions::language).containsExactly("de", "it");
    }

    @Test
    void pratoFeeIsLeftUnsetInTheDatabase() {
        signIn.as("admin.po");
        assertThat(conventions.activeConventionOfCurrentOrder().orElseThrow().fee()).isEmpty();
    }

    @Test
    void adminOfPratoGetsNothingOfFoggiasConvention() {
        signIn.as("admin.fg");
        ConventionDetails foggia = conventions.activeConventionOfCurrentOrder().orElseThrow();
        signIn.as("admin.po");
        assertThatThrownBy(() -> conventions.get(foggia.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.ensureAcceptingRequests(foggia.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.disable(foggia.id(), foggia.version(), foggia.code(), "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.update(foggia.id(), foggia.version(), ConventionForm.of(foggia))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.saveInstructions(foggia.id(), "it", 0, "x", "")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.forOrder(foggia.orderId())).isInstanceOf(NotFoundException.class);
        assertThat(conventions.list(Pageable.ofSize(50))).extracting(ConventionDetails::code).doesNotContain("OMCEO-FG-0053");
    }

    @Test
    void financeReadsButCannotEdit() {
        signIn.as("finance.bz");
        ConventionDetails bolzano = conventions.activeConventionOfCurrentOrder().orElseThrow();
        assertThat(conventions.get(bolzano.id()).code()).isEqualTo("OMCEO-BZ-0041");
        assertThatThrownBy(() -> conventions.update(bolzano.id(), bolzano.version(), ConventionForm.of(bolzano)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conventions.disable(bolzano.id(), bolzano.version(), bolzano.code(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conventions.create(ConventionForm.of(bolzano))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conventions.saveInstructions(bolzano.id(), "de", 0, "x", "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOperatorReadsNoConvention() {
        signIn.as("operator");
        assertThatThrownBy(() -> conventions.list(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conventions.forOrder(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void jobsReadEveryOrdersConventions() {
        signIn.as("admin.bz");
        long bolzanoOrder = conventions.activeConventionOfCurrentOrder().orElseThrow().orderId();
        signIn.out();
        assertThat(conventions.forOrder(bolzanoOrder)).extracting(ConventionDetails::code).containsExactly("OMCEO-BZ-0041");
    }

    @Test
    void aCodeOfAnotherProvinceIsRefused() {
        signIn.as("admin.po");
        var form = ConventionDemoData.prato(providers.all().getFirst().id());
        form.setCode("OMCEO-FG-0077");
        assertThatThrownBy(() -> conventions.create(form)).isInstanceOf(ServiceException.class).hasMessageContaining("codeProvince");
    }

    @Test
    void aMalformedCodeIsRefused() {
        signIn.as("admin.po");
        var form = ConventionDemoData.prato(providers.all().getFirst().id());
        form.setCode("OMCEO-PO-35");
        assertThatThrownBy(() -> conventions.create(form)).isInstanceOf(ServiceException.class).hasMessageContaining("codeFormat");
    }

    @Test
    void aCodeTakenByAnotherConventionIsRefused() {
        testOrder.signInAsAdmin();
        ConventionDetails first = testOrder.newConvention();
        var form = ConventionForm.of(first);
        assertThatThrownBy(() -> conventions.create(form)).isInstanceOf(ServiceException.class).hasMessageContaining("codeTaken");
    }

    @Test
    void aMemberWhoPaysNeedsAtLeastOnePaymentMethod() {
        testOrder.signInAsAdmin();
        var form = ConventionDemoData.bolzano(providers.all().getFirst().id());
        form.setCode(ConventionTestOrder.nextCode());
        form.setPaymentMethods(java.util.Set.of());
        assertThatThrownBy(() -> conventions.create(form)).isInstanceOf(ServiceException.class).hasMessageContaining("noPaymentMethod");
    }

    @Test
    void anAdminChangesTheFeeAndTheAuditTrailKeepsTheOldOne() {
        ConventionDetails convention = testOrder.newConvention();
        var form = ConventionForm.of(convention);
        form.setFee(new BigDecimal("18.30"));
        ConventionDetails changed = conventions.update(convention.id(), convention.version(), form);
        assertThat(changed.fee()).contains(new BigDecimal("18.30"));
        var entries = audit.find(AuditFilter.forEntity("convention", convention.id()), Pageable.ofSize(10));
        assertThat(entries.getFirst().action()).isEqualTo("changed");
        assertThat(entries.getFirst().changes()).anyMatch(c -> c.field().equals("fee") && "17.08".equals(c.oldValue()) && "18.30".equals(c.newValue()));
        assertThatThrownBy(() -> conventions.update(convention.id(), convention.version(), form))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void disablingWithAWrongTypedCodeIsRefusedAndChangesNothing() {
        ConventionDetails convention = testOrder.newConvention();
        assertThatThrownBy(() -> conventions.disable(convention.id(), convention.version(), "OMCEO-BZ-0041", "chiusura"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("typedCode");
        assertThatThrownBy(() -> conventions.disable(convention.id(), convention.version(), "", "chiusura"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("typedCode");
        ConventionDetails after = conventions.get(convention.id());
        assertThat(after.status()).isEqualTo(ConventionStatus.ACTIVE);
        assertThat(after.version()).isEqualTo(convention.version());
        assertThat(audit.find(AuditFilter.forEntity("convention", convention.id()), Pageable.ofSize(10)))
                .extracting(e -> e.action()).containsExactly("created");
    }

    @Test
    void disablingRequiresAReason() {
        ConventionDetails convention = testOrder.newConvention();
        assertThatThrownBy(() -> conventions.disable(convention.id(), convention.version(), convention.code(), "  "))
                .isInstanceOf(ServiceException.class).hasMessageContaining("reasonRequired");
        assertThat(conventions.get(convention.id()).status()).isEqualTo(ConventionStatus.ACTIVE);
    }

    @Test
    void disablingRecordsWhoAndWhyAndStopsRequests() {
        clock.setToday(LocalDate.of(2026, 3, 2));
        ConventionDetails convention = testOrder.newConvention();
        conventions.ensureAcceptingRequests(convention.id());

        ConventionDetails disabled = conventions.disable(convention.id(), convention.version(), convention.code().toLowerCase(), "Convenzione disdetta dal Consiglio");
        assertThat(disabled.status()).isEqualTo(ConventionStatus.DISABLED);
        assertThat(disabled.disabledOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(disabled.disabledBy()).isEqualTo(ConventionTestOrder.ADMIN);
        assertThat(disabled.disabledReason()).isEqualTo("Convenzione disdetta dal Consiglio");
        var entry = audit.find(AuditFilter.forEntity("convention", convention.id()), Pageable.ofSize(10)).getFirst();
        assertThat(entry.action()).isEqualTo("disabled");
        assertThat(entry.username()).isEqualTo(ConventionTestOrder.ADMIN);
        assertThat(entry.reason()).isEqualTo("Convenzione disdetta dal Consiglio");
        assertThat(entry.changes()).anyMatch(c -> c.field().equals("status") && "DISABLED".equals(c.newValue()));

        assertThatThrownBy(() -> conventions.ensureAcceptingRequests(convention.id()))
                .isInstanceOf(ServiceException.class).hasMessageContaining("convention.error.disabled");
        assertThat(conventions.activeConventionOfCurrentOrder()).map(ConventionDetails::id).isNotEqualTo(java.util.Optional.of(convention.id()));
    }

    @Test
    void reEnablingNeedsANewActivationDateFromWhichRequestsAreAcceptedAgain() {
        clock.setToday(LocalDate.of(2026, 3, 2));
        ConventionDetails convention = testOrder.newConvention();
        ConventionDetails disabled = conventions.disable(convention.id(), convention.version(), convention.code(), "Errore");
        assertThatThrownBy(() -> conventions.activate(disabled.id(), disabled.version(), null, "ripristino"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("activationRequired");
        assertThatThrownBy(() -> conventions.activate(disabled.id(), disabled.version(), LocalDate.of(2026, 3, 1), "ripristino"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("activationBeforeDisabling");

        ConventionDetails active = conventions.activate(disabled.id(), disabled.version(), LocalDate.of(2026, 3, 9), "Nuova convenzione firmata");
        assertThat(active.status()).isEqualTo(ConventionStatus.ACTIVE);
        assertThat(active.validFrom()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(active.disabledReason()).isNull();
        assertThatThrownBy(() -> conventions.ensureAcceptingRequests(convention.id()))
                .isInstanceOf(ServiceException.class).hasMessageContaining("notValid");
        clock.setToday(LocalDate.of(2026, 3, 9));
        conventions.ensureAcceptingRequests(convention.id());
        assertThat(audit.find(AuditFilter.forEntity("convention", convention.id()), Pageable.ofSize(10)))
                .extracting(e -> e.action()).containsExactly("activated", "disabled", "created");
    }

    @Test
    void onlyAnAdminReEnables() {
        ConventionDetails convention = testOrder.newConvention();
        ConventionDetails disabled = conventions.disable(convention.id(), convention.version(), convention.code(), "Errore");
        signIn.as("finance.bz");
        assertThatThrownBy(() -> conventions.activate(disabled.id(), disabled.version(), LocalDate.now(clock), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdminEditsTheInstructionsPerLanguage() {
        ConventionDetails convention = testOrder.newConvention();
        ConventionDetails edited = conventions.saveInstructions(convention.id(), "en", ConventionService.NEW_TEXT,
                "Open https://www.pec.it/\n\nEnter the convention code", "Do NOT click DISABILITA");
        var english = edited.instructionsFor(java.util.Locale.ENGLISH).orElseThrow();
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.steps()).containsExactly("Open https://www.pec.it/", "Enter the convention code");
        assertThat(english.warnings()).containsExactly("Do NOT click DISABILITA");
        assertThatThrownBy(() -> conventions.saveInstructions(convention.id(), "en", ConventionService.NEW_TEXT, "again", ""))
                .as("someone else wrote the English text meanwhile")
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        ConventionDetails again = conventions.saveInstructions(convention.id(), "en", english.version(), "Open https://www.pec.it/", "");
        assertThat(again.instructionsFor(java.util.Locale.ENGLISH).orElseThrow().steps()).hasSize(1);
        assertThatThrownBy(() -> conventions.saveInstructions(convention.id(), "fr", ConventionService.NEW_TEXT, "x", ""))
                .isInstanceOf(ServiceException.class);
        assertThat(List.of(again.instructions().size())).containsExactly(1);
    }

    @Test
    void theDemoDataCanRunTwice() {
        signIn.as("admin.bz");
        long before = conventions.count();
        signIn.out();
        demoData.load();
        signIn.as("admin.bz");
        assertThat(conventions.count()).isEqualTo(before).isEqualTo(1);
    }
}
