package it.albopec.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/** A larger block of the dashboard (a chart, a short list), contributed by a module like a {@link it.albopec.base.DashboardTile}. */
public interface DashboardPanel {

    int order();

    /** The panel for the current user, or empty when their role has nothing to see here. */
    Optional<Component> create();
}
