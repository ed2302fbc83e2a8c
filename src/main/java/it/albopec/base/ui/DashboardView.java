package it.albopec.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.DashboardTile;
import jakarta.annotation.security.PermitAll;

/** The start page of every signed-in user: the figures each module shows to the user's role. */
@Route("")
@PermitAll
@Menu(order = 0, title = "base.nav.dashboard", icon = "DASHBOARD")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(List<DashboardTile> tiles, List<DashboardPanel> panels) {
        addClassName("dashboard");
        add(new H1(getTranslation("base.dashboard.title")));
        var grid = new Div();
        grid.addClassName("tiles");
        tiles.stream()
                .sorted(Comparator.comparingInt(DashboardTile::order))
                .flatMap(tile -> tile.figures().stream())
                .forEach(figure -> grid.add(tile(figure)));
        add(grid);
        panels.stream()
                .sorted(Comparator.comparingInt(DashboardPanel::order))
                .flatMap(panel -> panel.create().stream())
                .forEach(this::add);
    }

    private Div tile(DashboardTile.Figure figure) {
        var value = new Span(figure.value());
        value.addClassName("tile-value");
        if (!figure.value().matches("[\\d.,\\s%€]+")) {
            value.addClassName("tile-value-text"); // a code or a phrase, not a count: smaller type
        }
        var title = new Span(getTranslation(figure.titleKey()));
        title.addClassName("tile-title");
        var tile = new Div(value, title);
        tile.addClassName("tile");
        if (figure.route() == null) {
            return tile;
        }
        var link = new Anchor(figure.route(), tile);
        var wrapper = new Div(link);
        wrapper.addClassName("tile-link");
        return wrapper;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.dashboard.title") + " · " + getTranslation("base.appName");
    }
}
