package it.albopec.compliance.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.UI;
import it.albopec.base.DashboardTile;
import it.albopec.compliance.ComplianceRate;
import it.albopec.compliance.ComplianceService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The compliance figures of the dashboard: the rate, who has no valid PEC, how many cases are open. */
@Component
class ComplianceDashboardTiles implements DashboardTile {

    private final ComplianceService compliance;
    private final CurrentUser currentUser;

    ComplianceDashboardTiles(ComplianceService compliance, CurrentUser currentUser) {
        this.compliance = compliance;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 27;
    }

    @Override
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
            return List.of();
        }
        ComplianceRate rate = compliance.rate();
        long open = compliance.casesPerStep().values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                new Figure("compliance.dashboard.rate", percent(rate), "compliance"),
                new Figure("compliance.dashboard.without", String.valueOf(rate.withoutValidPec()), "compliance"),
                new Figure("compliance.dashboard.openCases", String.valueOf(open), "compliance"));
    }

    static String percent(ComplianceRate rate) {
        if (rate.percent() == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(UI.getCurrent() == null ? java.util.Locale.ITALIAN : UI.getCurrent().getLocale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(rate.percent()) + " %";
    }
}
