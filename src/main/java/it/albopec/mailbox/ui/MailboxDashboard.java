package it.albopec.mailbox.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import it.albopec.base.ui.DashboardCharts;
import it.albopec.base.ui.DashboardPanel;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The mailbox figures of the Order's dashboard: what expires soon, what is at risk, who has no valid PEC, who is
 * not in the provider's list yet, and a chart of the mailboxes per state (drawn on the server as SVG).
 */
@org.springframework.stereotype.Component
class MailboxDashboard implements DashboardPanel {

    private final MailboxService mailboxes;
    private final CurrentUser currentUser;

    MailboxDashboard(MailboxService mailboxes, CurrentUser currentUser) {
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
    }

    private boolean staff() {
        return currentUser.hasRole(AppRoles.ADMIN) || currentUser.hasRole(AppRoles.FINANCE);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!staff()) {
            return Optional.empty();
        }
        Map<MailboxState, Long> counts = mailboxes.countByState();
        var panel = new Div(new H2(UI.getCurrent().getTranslation("mailbox.dashboard.chartTitle")), new Svg(chart(counts)));
        panel.addClassName("dashboard-panel");
        return Optional.of(panel);
    }

    static String chart(Map<MailboxState, Long> counts) {
        var data = new DefaultCategoryDataset();
        for (MailboxState state : MailboxState.values()) {
            data.addValue(counts.getOrDefault(state, 0L), "mailboxes", MailboxTexts.state(state));
        }
        return DashboardCharts.svg(DashboardCharts.countBars(data, 8), 720, 320);
    }
}
