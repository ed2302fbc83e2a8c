package it.albopec.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.albopec.audit.AuditEntry;
import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;

/**
 * Audit entries, newest first, read page by page from the audit trail (never the whole log): who, when, what,
 * why, and each changed field old → new. Used by the audit page and beside a module's record.
 */
public class AuditEntriesGrid extends Grid<AuditEntry> {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    /**
     * @param filter     the filter to apply, read at every fetch
     * @param onCount    told the number of matching entries at every count
     * @param showRecord whether to show the record's type and id (not needed beside one record)
     */
    public AuditEntriesGrid(AuditTrail trail, Supplier<AuditFilter> filter, LongConsumer onCount, boolean showRecord) {
        var timestamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ITALY);
        addColumn(e -> timestamps.format(e.at())).setHeader(getTranslation("audit.column.at")).setKey("at").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEntry::username).setHeader(getTranslation("audit.column.user")).setKey("user").setAutoWidth(true).setFlexGrow(0);
        if (showRecord) {
            addColumn(e -> record(e, type -> label("audit.entity.", type))).setHeader(getTranslation("audit.column.entity")).setKey("entity")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(e -> label("audit.action.", e.action())).setHeader(getTranslation("audit.column.action")).setKey("action").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEntry::reason).setHeader(getTranslation("audit.column.reason")).setKey("reason");
        addComponentColumn(this::changes).setHeader(getTranslation("audit.column.changes")).setKey("changes").setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("audit.none"));
        setItems(query -> trail.find(filter.get(), page(query)).stream(), query -> {
            long count = trail.count(filter.get());
            onCount.accept(count);
            return (int) Math.min(count, Integer.MAX_VALUE);
        });
    }

    private static org.springframework.data.domain.Pageable page(Query<AuditEntry, Void> query) {
        return VaadinSpringDataHelpers.toSpringPageRequest(query);
    }

    /**
     * The record an entry is about: its type and number, "Iscritto #42"; an entry about no stored record (an export) names
     * it by the name it records instead, "Esportazione · Albo degli iscritti".
     */
    static String record(AuditEntry entry, java.util.function.Function<String, String> typeLabel) {
        String type = typeLabel.apply(entry.entityType());
        if (entry.entityId() != 0) {
            return type + " #" + entry.entityId();
        }
        return entry.reason() == null || entry.reason().isBlank() ? type : type + " · " + entry.reason();
    }

    /** The translation of a value that modules name freely (record types, actions), or the value itself when there is none. */
    String label(String prefix, String value) {
        String translated = getTranslation(prefix + value);
        return translated.startsWith("!") ? value : translated;
    }

    private Div changes(AuditEntry entry) {
        var changes = new Div();
        changes.addClassName("audit-changes");
        for (FieldChange change : entry.changes()) {
            changes.add(new Div(text(change)));
        }
        return changes;
    }

    /** "email: a@x.it → b@y.it", with "(empty)" for a missing value. */
    public String text(FieldChange change) {
        String empty = getTranslation("audit.empty");
        return change.field() + ": " + (change.oldValue() == null ? empty : change.oldValue()) + " → "
                + (change.newValue() == null ? empty : change.newValue());
    }
}
