package it.albopec.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.base.ServiceException;
import it.albopec.testsupport.ModuleTest;
import it.albopec.testsupport.TestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The conventions started without the mailboxes, the register or finance, which all depend on them: the convention
 * module with what it uses directly (order, provider, audit, security, and the shared base). DIRECT_DEPENDENCIES is
 * enough, since none of those needs a module outside that set.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTest
@Import(TestOrders.class) // the test Order "ZC" of ConventionTestOrder, so the demo conventions stay as they are
class ConventionModuleTest {

    private final ConventionTestOrder testOrder;
    private final ConventionService conventions;
    private final AuditTrail audit;
    private final LocalDate today;

    ConventionModuleTest(ConventionTestOrder testOrder, ConventionService conventions, AuditTrail audit, Clock clock) {
        this.testOrder = testOrder;
        this.conventions = conventions;
        this.audit = audit;
        this.today = LocalDate.now(clock);
    }

    @Test
    void disablingAConventionWantsItsCodeTypedBackAndTheAuditTrailKeepsWhoAndWhy() {
        ConventionDetails convention = testOrder.newConvention();

        assertThatThrownBy(() -> conventions.disable(convention.id(), convention.version(), "OMCEO-ZC-0000", "fine del contratto"))
                .isInstanceOfSatisfying(ServiceException.class, refused -> assertThat(refused.messageKey()).isEqualTo("convention.error.typedCode"));
        assertThat(conventions.get(convention.id()).status()).isEqualTo(ConventionStatus.ACTIVE);

        ConventionDetails disabled = conventions.disable(convention.id(), convention.version(), convention.code().toLowerCase(),
                "fine del contratto con il gestore");

        assertThat(disabled.status()).isEqualTo(ConventionStatus.DISABLED);
        assertThat(disabled.disabledOn()).isEqualTo(today);
        assertThat(disabled.disabledBy()).isEqualTo(ConventionTestOrder.ADMIN);
        assertThat(audit.find(AuditFilter.forEntity(ConventionService.AUDIT_TYPE, convention.id()).withAction("disabled"), PageRequest.of(0, 5)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo(ConventionTestOrder.ADMIN);
                    assertThat(entry.reason()).isEqualTo("fine del contratto con il gestore");
                });
    }
}
