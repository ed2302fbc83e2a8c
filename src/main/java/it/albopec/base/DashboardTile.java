package it.albopec.base;

import java.util.List;

/**
 * The figures a module shows on the dashboard of the signed-in user: each module contributes its own, so that the
 * dashboard knows no module. A module decides itself what the current user may see (none = nothing shown), and
 * computes its figures together, so that related counts come from one query.
 */
public interface DashboardTile {

    /** Position of this module's figures on the dashboard; lower first. */
    int order();

    /** The figures for the current user, in the order they are shown; empty when the user's role has nothing to see. */
    List<Figure> figures();

    /**
     * @param titleKey translation key of the tile's title
     * @param value    the figure, already formatted
     * @param route    where a click leads, or null
     */
    record Figure(String titleKey, String value, String route) {}
}
