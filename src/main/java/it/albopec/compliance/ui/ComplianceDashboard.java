package it.albopec.compliance.ui;

import java.awt.BasicStroke;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import it.albopec.base.ui.DashboardCharts;
import it.albopec.base.ui.DashboardPanel;
import it.albopec.compliance.CaseStep;
import it.albopec.compliance.ComplianceRate;
import it.albopec.compliance.ComplianceService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The compliance panel of the dashboard, drawn on the server as SVG like the mailbox chart: the rate of the last 12
 * months (the nightly job's monthly snapshots and this month's figure) and the open cases per step.
 */
@org.springframework.stereotype.Component
class ComplianceDashboard implements DashboardPanel {

    private final ComplianceService compliance;
    private final CurrentUser currentUser;

    ComplianceDashboard(ComplianceService compliance, CurrentUser currentUser) {
        this.compliance = compliance;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        var panel = new Div(
                new H2(ui.getTranslation("compliance.dashboard.trendTitle")), new Svg(trendChart(compliance.trend(), locale)),
                new H2(ui.getTranslation("compliance.dashboard.stepsTitle")),
                new Svg(stepsChart(compliance.casesPerStep(), s -> ui.getTranslation("compliance.step." + s.name()))));
        panel.addClassName("dashboard-panel");
        panel.addClassName("compliance-panel");
        return Optional.of(panel);
    }

    static String trendChart(List<ComplianceRate> trend, Locale locale) {
        var data = new DefaultCategoryDataset();
        for (ComplianceRate rate : trend) {
            String month = rate.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + rate.month().getYear() % 100;
            data.addValue(rate.percent(), "rate", month);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = DashboardCharts.plot(chart, 12);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f); // "gen 26" fits under its point
        var axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        var renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, DashboardCharts.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultShapesVisible(true);
        return DashboardCharts.svg(chart, 720, 280);
    }

    static String stepsChart(Map<CaseStep, Long> perStep, java.util.function.Function<CaseStep, String> label) {
        var data = new DefaultCategoryDataset();
        for (CaseStep step : CaseStep.values()) {
            if (step.isOpen()) {
                data.addValue(perStep.getOrDefault(step, 0L), "cases", label.apply(step));
            }
        }
        return DashboardCharts.svg(DashboardCharts.countBars(data, 10), 720, 220);
    }
}
