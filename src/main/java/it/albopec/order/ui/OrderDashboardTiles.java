package it.albopec.order.ui;

import java.util.List;

import it.albopec.base.DashboardTile;
import it.albopec.order.OrderService;
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
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.OPERATOR)) {
            return List.of();
        }
        return List.of(new Figure("order.dashboard.orders", String.valueOf(orders.count()), "orders"));
    }
}
