package it.albopec.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of another module's detail page, e.g. the mailbox section of a member's page: the page shows the
 * sections of its entity type without knowing the modules that provide them.
 */
public interface DetailSection {

    /** The entity type whose page shows this section, e.g. "member". */
    String entityType();

    int order();

    /** The section for the record, or empty when there is nothing to show to the current user. */
    Optional<Component> create(long entityId);
}
