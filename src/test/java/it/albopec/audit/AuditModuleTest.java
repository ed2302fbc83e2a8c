package it.albopec.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.concurrent.ThreadLocalRandom;

import it.albopec.security.AppRoles;
import it.albopec.security.StaffUserChanged;
import it.albopec.security.UserAdministration;
import it.albopec.testsupport.ModuleTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The audit trail started alone: the audit module with the security module it listens to (and the shared base), plus
 * the order module only because the demo data's Orders and their ADMINs are the tests' fixture. DIRECT_DEPENDENCIES is
 * enough, security needs nothing else. The security module cannot call the trail (the trail asks security who is
 * signed in), so a change to the Order's staff reaches the trail only through {@link StaffUserChanged}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "order")
@ModuleTest
class AuditModuleTest {

    private final UserAdministration users;
    private final AuditTrail audit;
    private final SignIn signIn;

    AuditModuleTest(UserAdministration users, AuditTrail audit, SignIn signIn) {
        this.users = users;
        this.audit = audit;
        this.signIn = signIn;
    }

    @Test
    @WithUserDetails("admin.po")
    void aNewColleagueIsInTheOrdersAuditTrailWithWhoCreatedThem(Scenario scenario) {
        String username = "contabile." + ThreadLocalRandom.current().nextInt(1_000_000);

        scenario.stimulate(() -> users.createStaffUser(new UserAdministration.NewUser(username, "Ufficio contabilità", null, AppRoles.FINANCE)))
                .andWaitForEventOfType(StaffUserChanged.class)
                .matching(changed -> changed.action().equals("created"))
                .toArriveAndVerify((changed, created) -> {
                    // what the ADMIN reads on the audit page
                    assertThat(audit.find(AuditFilter.forEntity("user", created.user().id()), PageRequest.of(0, 10))).singleElement()
                            .satisfies(entry -> {
                                assertThat(entry.action()).isEqualTo("created");
                                assertThat(entry.username()).isEqualTo("admin.po");
                                assertThat(entry.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                                        .contains(tuple("username", null, username), tuple("role", null, AppRoles.FINANCE));
                            });
                });
    }

    @Test
    @WithUserDetails("admin.po")
    void disablingAColleagueIsAuditedAndHiddenFromOtherOrders(Scenario scenario) {
        var created = users.createStaffUser(new UserAdministration.NewUser("uscente." + ThreadLocalRandom.current().nextInt(1_000_000),
                "Collega in uscita", null, AppRoles.FINANCE));

        scenario.stimulate(() -> users.setEnabled(created.user().id(), created.user().version(), false))
                .andWaitForEventOfType(StaffUserChanged.class)
                .matching(changed -> changed.action().equals("disabled"))
                .toArriveAndVerify(changed -> assertThat(audit.find(AuditFilter.forEntity("user", created.user().id()).withAction("disabled"),
                        PageRequest.of(0, 10))).singleElement()
                        .satisfies(entry -> assertThat(entry.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                                .containsExactly(tuple("enabled", "true", "false"))));

        signIn.as("admin.fg");
        assertThat(audit.find(AuditFilter.forEntity("user", created.user().id()), PageRequest.of(0, 10))).isEmpty();
    }
}
