package it.albopec.finance.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.albopec.finance.ChargeService;
import it.albopec.finance.ChargeTotals;
import it.albopec.finance.LapseRisk;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Mailboxes whose next renewal will likely fail, soonest first: the day each will lapse, why, and the money at stake
 * (the next term's fee and what is still unpaid).
 */
@Route("costs/risk")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
public class LapseRiskView extends VerticalLayout implements HasDynamicTitle {

    public LapseRiskView(ChargeService charges) {
        setSizeFull();
        addClassName("lapse-risk-view");
        ChargeTotals totals = charges.lapseRiskTotals();
        var summary = new Span(t("finance.risk.summary", totals.count(), FinanceTexts.money(totals.amount())));
        summary.addClassName("risk-summary");
        summary.getStyle().set("font-size", "var(--lumo-font-size-l)");
        var rules = new Paragraph(t("finance.risk.rules"));
        rules.getStyle().set("max-width", "60em");
        var grid = new Grid<LapseRisk>();
        grid.addComponentColumn(r -> new Anchor("members/" + r.memberId(), r.surname() + " " + r.givenName()))
                .setHeader(t("finance.column.member")).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(r -> new Anchor("mailboxes?q=" + r.fiscalCode(), r.pecAddress() == null ? r.fiscalCode() : r.pecAddress()))
                .setHeader(t("finance.column.mailbox")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(r -> FinanceTexts.date(r.lapsesOn())).setHeader(t("finance.risk.lapsesOn")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.reasons().stream().map(reason -> t("finance.risk.reason." + reason.name())).collect(Collectors.joining(" · ")))
                .setHeader(t("finance.risk.why")).setWidth("17rem").setFlexGrow(2);
        grid.addColumn(r -> FinanceTexts.payer(r.payer())).setHeader(t("finance.column.payer")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(r -> FinanceTexts.money(r.nextFee())).setHeader(t("finance.risk.nextFee")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> FinanceTexts.money(r.unpaid())).setHeader(t("finance.risk.unpaid")).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> FinanceTexts.money(r.atStake())).setHeader(t("finance.risk.atStake")).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.setItems(query -> charges.lapseRisks(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, totals.count()));
        grid.setEmptyStateText(t("finance.risk.empty"));
        grid.setSizeFull();
        grid.addClassName("risk-grid");
        add(new H1(t("finance.risk.title")), CostsNav.of(LapseRiskView.class), rules, summary, grid);
    }

    private static String t(String key, Object... args) {
        return FinanceTexts.t(key, args);
    }

    @Override
    public String getPageTitle() {
        return t("finance.risk.title") + " · " + t("base.appName");
    }
}
