package it.albopec.finance.ui;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import it.albopec.base.ui.DashboardCharts;
import it.albopec.finance.BudgetYear;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** The budget per fiscal year as a bar chart drawn on the server (SVG), one bar per payer and year, amounts on the bars. */
final class BudgetChart {

    private BudgetChart() {}

    static String svg(List<BudgetYear> years, String orderLabel, String membersLabel, String axisLabel, Locale locale) {
        var data = new DefaultCategoryDataset();
        for (BudgetYear year : years) {
            // JFreeChart plots numbers: the amounts are converted for drawing only, never for computing
            data.addValue(year.orderTotal(), orderLabel, String.valueOf(year.year()));
            data.addValue(year.memberTotal(), membersLabel, String.valueOf(year.year()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, axisLabel, data, PlotOrientation.VERTICAL, true, false, false);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        CategoryPlot plot = DashboardCharts.plot(chart, 14);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        NumberFormat money = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("de") ? Locale.GERMANY
                : locale.getLanguage().equals("en") ? Locale.UK : Locale.ITALY);
        money.setCurrency(java.util.Currency.getInstance("EUR"));
        var range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(money);
        range.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        range.setUpperMargin(0.15);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, DashboardCharts.BLUE);
        renderer.setSeriesPaint(1, new Color(0x4c, 0xa3, 0x6b));
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", money));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return DashboardCharts.svg(chart, 760, 360);
    }

}
