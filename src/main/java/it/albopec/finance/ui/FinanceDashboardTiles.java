package it.albopec.finance.ui;

import java.util.List;

import it.albopec.base.DashboardTile;
import it.albopec.finance.ChargeFilter;
import it.albopec.finance.ChargeService;
import it.albopec.finance.ChargeTotals;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** FINANCE's figures: this year's cost to the Order, the overdue charges, the money at stake in mailboxes likely to lapse. */
@Component
class FinanceDashboardTiles implements DashboardTile {

    private final ChargeService charges;
    private final CurrentUser currentUser;

    FinanceDashboardTiles(ChargeService charges, CurrentUser currentUser) {
        this.charges = charges;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.FINANCE)) {
            return List.of();
        }
        ChargeTotals overdue = charges.totals(ChargeFilter.empty().withOverdue(true));
        ChargeTotals risk = charges.lapseRiskTotals();
        return List.of(
                new Figure("finance.dashboard.orderCost", FinanceTexts.money(charges.orderCostThisYear()), "costs/budget"),
                new Figure("finance.dashboard.overdue", String.valueOf(overdue.count()), "costs?overdue"),
                new Figure("finance.dashboard.overdueAmount", FinanceTexts.money(overdue.amount()), "costs?overdue"),
                new Figure("finance.dashboard.atStake", FinanceTexts.money(risk.amount()), "costs/risk"));
    }
}
