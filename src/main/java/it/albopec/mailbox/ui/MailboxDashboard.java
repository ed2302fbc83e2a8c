package it.albopec.mailbox.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import it.albopec.base.ui.DashboardPanel;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

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
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0b, 0x53, 0x94));
        renderer.setMaximumBarWidth(0.08);
        var svg = new SVGGraphics2D(720, 320);
        chart.draw(svg, new Rectangle(0, 0, 720, 320));
        return svg.getSVGElement();
    }

}
