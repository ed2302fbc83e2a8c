package it.albopec.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import it.albopec.provider.ProviderDetails;
import it.albopec.provider.ProviderForm;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Changes to providers and to staff users are in the audit trail, not only in the application log (issue 11, point 8). */
@AlboPecTest
class OneAuditTrailTest {

    @Autowired AuditTrail audit;
    @Autowired ProviderService providers;
    @Autowired UserAdministration users;
    @Autowired SignIn signIn;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<AuditEntry> ofType(String type) {
        return audit.find(new AuditFilter(type, null, null, null, null, null), Pageable.ofSize(20));
    }

    @Test
    void aProvidersChangeIsReadByTheAdminOfEveryOrder() {
        signIn.as("operator");
        ProviderDetails provider = providers.all().getFirst();
        var form = ProviderForm.of(provider);
        form.setLoginPattern("7654321@" + provider.name().toLowerCase().replaceAll("[^a-z]", "") + ".it");
        providers.update(provider.id(), provider.version(), form);

        for (String admin : List.of("admin.po", "admin.fg", "admin.bz")) {
            signIn.as(admin);
            AuditEntry entry = ofType("provider").getFirst();
            assertThat(entry.entityId()).isEqualTo(provider.id());
            assertThat(entry.action()).isEqualTo("changed");
            assertThat(entry.username()).isEqualTo("operator");
            assertThat(entry.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("loginPattern", provider.loginPattern(), form.getLoginPattern()));
            assertThat(audit.entityTypes()).contains("provider");
        }
        // a user of an Order cannot write in every Order's trail
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transaction.executeWithoutResult(
                        tx -> audit.recordPlatform("provider", provider.id(), "changed", null, List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aStaffUsersCreationDisablingAndNewPasswordAreInTheirOrdersTrailOnly() {
        signIn.as("admin.po");
        var created = users.createStaffUser(new UserAdministration.NewUser("contabile.audit", "Contabile Audit", null, AppRoles.FINANCE));
        users.setEnabled(created.user().id(), created.user().version(), false);
        String password = users.resetPassword(created.user().id());

        List<AuditEntry> entries = audit.find(AuditFilter.forEntity("user", created.user().id()), Pageable.ofSize(10));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("password-reset", "disabled", "created");
        assertThat(entries).allMatch(e -> e.username().equals("admin.po"));
        assertThat(entries.get(2).changes()).extracting(FieldChange::field, FieldChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("username", "contabile.audit"), org.assertj.core.groups.Tuple.tuple("role", AppRoles.FINANCE));
        assertThat(entries.get(1).changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enabled", "true", "false"));
        assertThat(entries).flatExtracting(AuditEntry::changes).noneMatch(c -> password.equals(c.newValue()));

        signIn.as("admin.fg");
        assertThat(audit.find(AuditFilter.forEntity("user", created.user().id()), Pageable.ofSize(10))).isEmpty();
    }
}
