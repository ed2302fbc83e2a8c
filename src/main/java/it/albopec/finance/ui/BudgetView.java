package it.albopec.finance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.ui.Downloads;
import it.albopec.finance.BudgetYear;
import it.albopec.finance.ChargeRules;
import it.albopec.finance.ChargeService;
import it.albopec.finance.FinanceReports;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The renewal budget: this fiscal year and the next three, what the Order must put in its own budget and what its
 * members pay, as a table and a chart; the page says how a fee of several years is counted. The same budget downloads
 * as a formatted workbook (FINANCE and ADMIN, as the page).
 */
@Route("costs/budget")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
public class BudgetView extends VerticalLayout implements HasDynamicTitle {

    public BudgetView(ChargeService charges, FinanceReports reports, Clock clock) {
        addClassName("budget-view");
        List<BudgetYear> years = charges.budget();
        Locale locale = FinanceTexts.locale();
        var download = Downloads.link(t("finance.report.budget.download"),
                t("finance.report.budget.fileName") + "-" + LocalDate.now(clock) + "." + ExportFormat.XLSX.extension(), ExportFormat.XLSX,
                out -> reports.writeBudget(locale, out));
        download.addClassName("budget-report");
        var title = new HorizontalLayout(new H1(t("finance.budget.title")), new HorizontalLayout(VaadinIcon.DOWNLOAD.create(), download));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, CostsNav.of(BudgetView.class));
        var rule = new Paragraph(t("finance.budget.rule", ChargeRules.PAYMENT_TERM_DAYS));
        rule.addClassName("budget-rule");
        rule.getStyle().set("max-width", "60em");
        add(rule);

        var grid = new Grid<BudgetYear>();
        grid.addColumn(y -> String.valueOf(y.year())).setHeader(t("finance.budget.year")).setAutoWidth(true).setFlexGrow(0);
        money(grid, BudgetYear::orderCharged, "finance.budget.orderCharged");
        money(grid, BudgetYear::orderForecast, "finance.budget.orderForecast");
        money(grid, BudgetYear::orderTotal, "finance.budget.orderTotal").setPartNameGenerator(y -> "budget-order-total");
        money(grid, BudgetYear::memberCharged, "finance.budget.memberCharged");
        money(grid, BudgetYear::memberForecast, "finance.budget.memberForecast");
        money(grid, BudgetYear::memberTotal, "finance.budget.memberTotal");
        money(grid, BudgetYear::total, "finance.budget.total");
        grid.setItems(years); // always four rows: one per fiscal year shown
        grid.setAllRowsVisible(true);
        grid.addClassName("budget-grid");
        add(grid);
        long missing = years.stream().mapToLong(BudgetYear::withoutAmount).sum();
        if (missing > 0) {
            var warning = new Paragraph(t("finance.budget.withoutAmount", missing));
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            add(warning);
        }
        var chart = new Div(new H2(t("finance.budget.chartTitle")), new Svg(BudgetChart.svg(years, t("finance.budget.order"),
                t("finance.budget.members"), t("finance.budget.axis"), FinanceTexts.locale())));
        chart.addClassName("budget-chart");
        add(chart);
    }

    private static Grid.Column<BudgetYear> money(Grid<BudgetYear> grid, java.util.function.Function<BudgetYear, java.math.BigDecimal> value, String key) {
        return grid.addColumn(y -> FinanceTexts.money(value.apply(y))).setHeader(t(key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private static String t(String key, Object... args) {
        return FinanceTexts.t(key, args);
    }

    @Override
    public String getPageTitle() {
        return t("finance.budget.title") + " · " + t("base.appName");
    }
}
