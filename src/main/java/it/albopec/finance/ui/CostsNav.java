package it.albopec.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The links between the finance pages, shown at the top of each. */
final class CostsNav {

    private CostsNav() {}

    static Nav of(Class<? extends Component> current) {
        var nav = new Nav();
        nav.addClassName("costs-nav");
        nav.getStyle().set("display", "flex").set("gap", "1.25em").set("flex-wrap", "wrap");
        add(nav, current, CostsView.class, "finance.nav.charges");
        add(nav, current, BudgetView.class, "finance.nav.budget");
        add(nav, current, LapseRiskView.class, "finance.nav.risk");
        add(nav, current, FeesView.class, "finance.nav.fees");
        add(nav, current, InvoicesView.class, "finance.nav.invoices");
        return nav;
    }

    private static void add(Nav nav, Class<? extends Component> current, Class<? extends Component> target, String key) {
        var link = new RouterLink(FinanceTexts.t(key), target);
        if (target.equals(current)) {
            link.getStyle().set("font-weight", "bold");
            link.getElement().setAttribute("aria-current", "page");
        }
        nav.add(link);
    }
}
