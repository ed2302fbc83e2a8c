package it.albopec.security.ui;

import java.util.List;

import it.albopec.base.DashboardTile;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.security.UserAdministration;
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
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.ADMIN)) {
            return List.of();
        }
        return List.of(new Figure("security.dashboard.staff", String.valueOf(users.countOrderStaff()), "users"));
    }
}
