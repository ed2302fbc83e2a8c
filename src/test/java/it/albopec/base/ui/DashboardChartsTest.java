package it.albopec.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** The dashboards' bar charts: an SVG of the asked size, every category labelled, bars in the product's blue. */
class DashboardChartsTest {

    @Test
    void countsAreDrawnAsBlueBarsWithTheirLabelsInAnSvgOfTheAskedSize() {
        var counts = new DefaultCategoryDataset();
        counts.addValue(12, "mailboxes", "Attiva");
        counts.addValue(3, "mailboxes", "In scadenza");
        counts.addValue(0, "mailboxes", "Scaduta");

        String svg = DashboardCharts.svg(DashboardCharts.countBars(counts, 10), 720, 220);

        assertThat(svg).startsWith("<svg").contains("width='720.0'").contains("height='220.0'");
        assertThat(svg).contains("Attiva").contains("In scadenza").contains("Scaduta");
        assertThat(svg).contains("rgb(11,83,148)");
    }
}
