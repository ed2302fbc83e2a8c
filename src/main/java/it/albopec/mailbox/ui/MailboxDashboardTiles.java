package it.albopec.mailbox.ui;

import java.util.Optional;

import it.albopec.base.DashboardTile;
import it.albopec.base.DashboardTile.Figure;
import it.albopec.mailbox.MailboxFilter;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mailbox figures of the dashboard; each opens the mailboxes page with the matching filter. */
@Configuration(proxyBeanMethods = false)
class MailboxDashboardTiles {

    @Bean
    DashboardTile activeMailboxes(MailboxService mailboxes, CurrentUser user) {
        return tile(user, 20, () -> new Figure("mailbox.dashboard.active",
                String.valueOf(mailboxes.countByState().getOrDefault(MailboxState.ACTIVE, 0L)
                        + mailboxes.countByState().getOrDefault(MailboxState.EXPIRING, 0L)), "mailboxes"));
    }

    @Bean
    DashboardTile expiring30(MailboxService mailboxes, CurrentUser user) {
        return expiring(mailboxes, user, 30, 21);
    }

    @Bean
    DashboardTile expiring60(MailboxService mailboxes, CurrentUser user) {
        return expiring(mailboxes, user, 60, 22);
    }

    @Bean
    DashboardTile expiring90(MailboxService mailboxes, CurrentUser user) {
        return expiring(mailboxes, user, 90, 23);
    }

    @Bean
    DashboardTile atRisk(MailboxService mailboxes, CurrentUser user) {
        return tile(user, 24, () -> new Figure("mailbox.dashboard.atRisk",
                String.valueOf(mailboxes.count(new MailboxFilter(null, null, null, true, false, false, false, false, false))), "mailboxes?risk"));
    }

    @Bean
    DashboardTile withoutValidPec(MailboxService mailboxes, CurrentUser user) {
        return tile(user, 25, () -> new Figure("mailbox.dashboard.withoutValidPec",
                String.valueOf(mailboxes.count(new MailboxFilter(null, null, null, false, false, false, false, false, true))), "mailboxes?nopec"));
    }

    @Bean
    DashboardTile notPreloaded(MailboxService mailboxes, CurrentUser user) {
        return tile(user, 26, () -> new Figure("mailbox.dashboard.notPreloaded",
                String.valueOf(mailboxes.count(new MailboxFilter(null, null, null, false, false, true, false, false, false))), "mailboxes?notpreloaded"));
    }

    private static DashboardTile expiring(MailboxService mailboxes, CurrentUser user, int days, int order) {
        return tile(user, order, () -> new Figure("mailbox.dashboard.expiring" + days,
                String.valueOf(mailboxes.count(new MailboxFilter(null, null, days, false, false, false, false, false, false))),
                "mailboxes?within=" + days));
    }

    private static DashboardTile tile(CurrentUser user, int order, java.util.function.Supplier<Figure> figure) {
        return DashboardTile.of(order, () -> user.hasRole(AppRoles.ADMIN) || user.hasRole(AppRoles.FINANCE)
                ? Optional.of(figure.get()) : Optional.empty());
    }
}
