package it.albopec.base.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The dashboards' charts, drawn on the server as SVG in one look: white ground, light grid lines, no frame, the
 * product's blue. A module builds its data and its labels; the look and the drawing are the same everywhere.
 */
public final class DashboardCharts {

    /** The product's accent colour ({@code --albopec-accent} in albopec.css). */
    public static final Color BLUE = new Color(0x0b, 0x53, 0x94);

    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private DashboardCharts() {}

    /** The chart's plot in the dashboards' look, its category labels in {@code labelSize} points. */
    public static CategoryPlot plot(JFreeChart chart, int labelSize) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, labelSize));
        return plot;
    }

    /**
     * How many there are of each category, as flat horizontal bars with whole numbers on the axis.
     *
     * @param maxBarWidthPercent the widest a bar may be, in percent of the plot's height
     */
    public static JFreeChart countBars(DefaultCategoryDataset counts, int maxBarWidthPercent) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, counts, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = plot(chart, 13);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setMaximumBarWidth(maxBarWidthPercent / 100.0);
        return chart;
    }

    /** The chart as an SVG element of the given size, for Vaadin's {@code Svg}. */
    public static String svg(JFreeChart chart, int width, int height) {
        var svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGElement();
    }
}
