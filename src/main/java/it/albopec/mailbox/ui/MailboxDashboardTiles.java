package it.albopec.mailbox.ui;

import java.util.List;
import java.util.Map;

import it.albopec.base.DashboardTile;
import it.albopec.mailbox.MailboxFilter;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The mailbox figures of the dashboard; each opens the mailboxes page with the matching filter. */
@Component
class MailboxDashboardTiles implements DashboardTile {

    private final MailboxService mailboxes;
    private final CurrentUser currentUser;

    MailboxDashboardTiles(MailboxService mailboxes, CurrentUser currentUser) {
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
            return List.of();
        }
        Map<MailboxState, Long> states = mailboxes.countByState();
        long working = states.getOrDefault(MailboxState.ACTIVE, 0L) + states.getOrDefault(MailboxState.EXPIRING, 0L);
        return List.of(
                new Figure("mailbox.dashboard.active", String.valueOf(working), "mailboxes"),
                expiring(30), expiring(60), expiring(90),
                count("mailbox.dashboard.atRisk", MailboxFilter.none().withAtRisk(true), "mailboxes?risk"),
                count("mailbox.dashboard.withoutValidPec", MailboxFilter.none().withNoValidPec(true),
                        "mailboxes?nopec"),
                count("mailbox.dashboard.notPreloaded", MailboxFilter.none().withNotPreloaded(true),
                        "mailboxes?notpreloaded"),
                count("mailbox.dashboard.activationOverdue", MailboxFilter.none().withActivationOverdue(true), "mailboxes?overdue"));
    }

    private Figure expiring(int days) {
        return count("mailbox.dashboard.expiring" + days, MailboxFilter.none().withExpiringWithinDays(days),
                "mailboxes?within=" + days);
    }

    private Figure count(String titleKey, MailboxFilter filter, String route) {
        return new Figure(titleKey, String.valueOf(mailboxes.count(filter)), route);
    }
}
