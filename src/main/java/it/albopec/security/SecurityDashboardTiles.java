package it.albopec.security;

import java.util.Optional;

import it.albopec.base.DashboardTile;
import org.springframework.stereotype.Component;

/** The ADMIN's figure: how many staff users the Order has. */
@Component
class SecurityDashboardTiles implements DashboardTile {

    private final UserAdministration users;
    private final CurrentUser currentUser;

    SecurityDashboardTiles(UserAdministration users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Figure> figure() {
        if (!currentUser.hasRole(AppRoles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new Figure("security.dashboard.staff", String.valueOf(users.countOrderStaff()), "users"));
    }
}
