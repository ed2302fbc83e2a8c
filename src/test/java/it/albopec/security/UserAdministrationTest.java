package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import it.albopec.testsupport.AlboPecTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;

@AlboPecTest
class UserAdministrationTest {

    @Autowired UserAdministration administration;
    @Autowired AppUserRepository users;
    @Autowired CurrentUser currentUser;
    @Autowired SessionRegistry sessions;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void anAdminListsOnlyTheStaffOfTheirOwnOrder() {
        signIn.as("admin.po");
        var staff = administration.orderStaff(Pageable.ofSize(100)).getContent();
        assertThat(staff).extracting(UserSummary::username).contains("admin.po", "finance.po")
                .noneMatch(name -> name.endsWith(".fg") || name.endsWith(".bz") || name.equals("operator"));
    }

    @Test
    void anotherOrdersUserIsNotFoundForEveryAction() {
        signIn.as("admin.po");
        AppUser foggia = users.findByUsername("finance.fg").orElseThrow();
        assertThatThrownBy(() -> administration.setEnabled(foggia.getId(), foggia.getVersion(), false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.resetPassword(foggia.getId())).isInstanceOf(NotFoundException.class);
        assertThat(users.findByUsername("finance.fg").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void financeCannotManageUsers() {
        signIn.as("finance.po");
        assertThatThrownBy(() -> administration.orderStaff(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.createStaffUser(new UserAdministration.NewUser("x.po", "X", null, AppRoles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOperatorHasNoOrderAndSoReachesNoOrderData() {
        signIn.as("operator");
        assertThatThrownBy(currentUser::requireOrderId).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.orderStaff(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCreatesStaffOfTheirOrderOnlyWithStaffRoles() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("cassa.po", "Cassa Prato", "cassa@omceopo.org", AppRoles.FINANCE));
        assertThat(created.temporaryPassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(created.user().orderId()).isEqualTo(currentUser.requireOrderId());
        assertThatThrownBy(() -> administration.createStaffUser(new UserAdministration.NewUser("op2", "Op", null, AppRoles.OPERATOR)))
                .isInstanceOf(ServiceException.class);
        assertThatThrownBy(() -> administration.createStaffUser(new UserAdministration.NewUser("cassa.po", "Again", null, AppRoles.FINANCE)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("usernameTaken");
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("temp.po", "Temp", null, AppRoles.FINANCE));
        var principal = new AppUserPrincipal(users.findByUsername("temp.po").orElseThrow());
        sessions.registerNewSession("session-of-temp", principal);

        administration.setEnabled(created.user().id(), created.user().version(), false);

        assertThat(sessions.getSessionInformation("session-of-temp").isExpired()).isTrue();
        assertThat(users.findByUsername("temp.po").orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aStaleVersionIsRefusedInsteadOfOverwriting() {
        signIn.as("admin.po");
        var created = administration.createStaffUser(new UserAdministration.NewUser("stale.po", "Stale", null, AppRoles.FINANCE));
        administration.setEnabled(created.user().id(), created.user().version(), false);
        assertThatThrownBy(() -> administration.setEnabled(created.user().id(), created.user().version(), true))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }
}
