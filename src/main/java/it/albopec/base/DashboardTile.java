package it.albopec.base;

import java.util.Optional;

/**
 * A figure a module shows on the dashboard of the signed-in user: each module contributes its own tiles,
 * so that the dashboard knows no module. A tile decides itself whether the current user may see it
 * (empty = not shown).
 */
public interface DashboardTile {

    /** Position on the dashboard; lower first. */
    int order();

    /** The tile for the current user, or empty when the user's role has nothing to see here. */
    Optional<Figure> figure();

    /** A tile from a function, for modules that contribute several figures. */
    static DashboardTile of(int order, java.util.function.Supplier<Optional<Figure>> figure) {
        return new DashboardTile() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Figure> figure() {
                return figure.get();
            }
        };
    }

    /**
     * @param titleKey translation key of the tile's title
     * @param value    the figure, already formatted
     * @param route    where a click leads, or null
     */
    record Figure(String titleKey, String value, String route) {}
}
