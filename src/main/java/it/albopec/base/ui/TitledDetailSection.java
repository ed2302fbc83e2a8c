package it.albopec.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * A detail section as most modules show it: a heading over what the module adds, for the users who may see it. The
 * class name lets styles and tests find the section on the page.
 */
public abstract class TitledDetailSection implements DetailSection {

    private final String entityType;
    private final int order;
    private final String titleKey;
    private final String className;

    protected TitledDetailSection(String entityType, int order, String titleKey, String className) {
        this.entityType = entityType;
        this.order = order;
        this.titleKey = titleKey;
        this.className = className;
    }

    @Override
    public final String entityType() {
        return entityType;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final Optional<Component> create(long entityId) {
        if (!shownToCurrentUser()) {
            return Optional.empty();
        }
        var section = new Div(new H3(UI.getCurrent().getTranslation(titleKey)));
        section.addClassName(className);
        return fill(section, entityId) ? Optional.of(section) : Optional.empty();
    }

    /** Whether the signed-in user's role may see the section. */
    protected abstract boolean shownToCurrentUser();

    /** Adds the record's content below the heading; false when there is nothing to show, and the page leaves the section out. */
    protected abstract boolean fill(Div section, long entityId);
}
