package it.albopec.convention.ui;

import java.util.Locale;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import it.albopec.base.DashboardTile;
import it.albopec.convention.ConventionService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.stereotype.Component;

/** ADMIN and FINANCE see the convention members register under today, with its fee (or that it is to be set). */
@Component
class ConventionDashboardTiles implements DashboardTile {

    private final ConventionService conventions;
    private final CurrentUser currentUser;
    private final I18NProvider translations;

    ConventionDashboardTiles(ConventionService conventions, CurrentUser currentUser, I18NProvider translations) {
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures() {
        if (!currentUser.hasRole(AppRoles.ADMIN) && !currentUser.hasRole(AppRoles.FINANCE)) {
            return List.of();
        }
        Locale locale = UI.getCurrent() == null ? Locale.ITALIAN : UI.getCurrent().getLocale();
        String value = conventions.activeConventionOfCurrentOrder()
                .map(c -> c.code() + " · " + c.fee().map(fee -> LocalFormat.money(fee, c.currency(), locale))
                        .orElseGet(() -> translations.getTranslation("base.notSet", locale)))
                .orElseGet(() -> translations.getTranslation("convention.dashboard.none", locale));
        return List.of(new Figure("convention.dashboard.active", value, "conventions"));
    }
}
