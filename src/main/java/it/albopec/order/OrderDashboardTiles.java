package it.albopec.order;

import java.util.Optional;

import it.albopec.base.DashboardTile;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The operator's figure: how many Orders use the platform. */
@Component
class OrderDashboardTiles implements DashboardTile {

    private final OrderService orders;
    private final CurrentUser currentUser;

    OrderDashboardTiles(OrderService orders, CurrentUser currentUser) {
        this.orders = orders;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Figure> figure() {
        if (!currentUser.hasRole(AppRoles.OPERATOR)) {
            return Optional.empty();
        }
        return Optional.of(new Figure("order.dashboard.orders", String.valueOf(orders.count()), "orders"));
    }
}
