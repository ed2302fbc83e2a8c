package it.albopec.notification;

import java.util.List;
import java.util.Map;

import it.albopec.base.DashboardTile;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The ADMIN's figures of the outbox: e-mails waiting to be sent and e-mails that could not be delivered. */
@Component
class NotificationDashboardTiles implements DashboardTile {

    private final OutboxMessages messages;
    private final CurrentUser currentUser;

    NotificationDashboardTiles(OutboxMessages messages, CurrentUser currentUser) {
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.ADMIN)) {
            return List.of();
        }
        Map<OutboxState, Long> counts = messages.countByState();
        return List.of(
                new Figure("notification.dashboard.pending", String.valueOf(counts.get(OutboxState.PENDING) + counts.get(OutboxState.SENDING)), "notifications"),
                new Figure("notification.dashboard.failed", String.valueOf(counts.get(OutboxState.FAILED)), "notifications"));
    }
}
