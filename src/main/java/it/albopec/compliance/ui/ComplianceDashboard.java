package it.albopec.compliance.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The compliance panel of the dashboard, drawn on the server as SVG like the mailbox chart: the rate of the last 12
 * months (the nightly job's monthly snapshots and this month's figure) and the open cases per step.
 */
@org.springframework.stereotype.Component
class ComplianceDashboard implements DashboardPanel {

    private static final Color BLUE = new Color(0x0b, 0x53, 0x94);

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
        CategoryPlot plot = style(chart);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f); // "gen 26" fits under its point
        var axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        var renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultShapesVisible(true);
        return draw(chart, 720, 280);
    }

    static String stepsChart(Map<CaseStep, Long> perStep, java.util.function.Function<CaseStep, String> label) {
        var data = new DefaultCategoryDataset();
        for (CaseStep step : CaseStep.values()) {
            if (step.isOpen()) {
                data.addValue(perStep.getOrDefault(step, 0L), "cases", label.apply(step));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setMaximumBarWidth(0.1);
        return draw(chart, 720, 220);
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return plot;
    }

    private static String draw(JFreeChart chart, int width, int height) {
        var svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGElement();
    }
}
