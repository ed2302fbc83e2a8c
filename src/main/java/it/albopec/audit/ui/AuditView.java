package it.albopec.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.albopec.audit.AuditEntry;
import it.albopec.audit.AuditFilter;
import it.albopec.base.export.ExportColumn;
import it.albopec.base.export.TableExports;
import it.albopec.base.ui.ExportMenu;
import it.albopec.audit.AuditTrail;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** The ADMIN's log of who changed what in the Order, filtered in SQL by record type, user, action and dates. */
@Route("audit")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 80, title = "audit.nav.audit", icon = "CLIPBOARD_TEXT")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<String> entityType = new ComboBox<>(getTranslation("audit.filter.entityType"));
    private final TextField user = new TextField(getTranslation("audit.filter.user"));
    private final TextField action = new TextField(getTranslation("audit.filter.action"));
    private final DatePicker from = new DatePicker(getTranslation("audit.filter.from"));
    private final DatePicker to = new DatePicker(getTranslation("audit.filter.to"));
    private final Span count = new Span();
    private AuditFilter filter = AuditFilter.none();

    public AuditView(AuditTrail trail, TableExports exports) {
        setSizeFull();
        var grid = new AuditEntriesGrid(trail, () -> filter, n -> count.setText(getTranslation("audit.count", n)), true);
        grid.setSizeFull();
        entityType.setItems(trail.entityTypes());
        entityType.setItemLabelGenerator(type -> grid.label("audit.entity.", type));
        entityType.setClearButtonVisible(true);
        for (TextField field : new TextField[] {user, action}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        entityType.addValueChangeListener(e -> refresh(grid));
        user.addValueChangeListener(e -> refresh(grid));
        action.addValueChangeListener(e -> refresh(grid));
        from.addValueChangeListener(e -> refresh(grid));
        to.addValueChangeListener(e -> refresh(grid));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        var filters = new HorizontalLayout(entityType, user, action, from, to, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var title = new HorizontalLayout(new H1(getTranslation("audit.title")),
                ExportMenu.forGrid(grid, exports, "audit.log", getTranslation("audit.title"), exportColumns(grid), () -> filter,
                        (f, sort, last, size) -> trail.findAfter(f, last, size)));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, filters, grid);
    }

    /** The log's columns in a file; labels through the translations of the user's language, read outside the UI's thread. */
    private List<ExportColumn<AuditEntry>> exportColumns(AuditEntriesGrid grid) {
        var texts = it.albopec.base.Texts.of(getLocale());
        String empty = getTranslation("audit.empty");
        Function<String, String> label = key -> texts.getOr(key, key.substring(key.lastIndexOf('.') + 1));
        return List.of(
                ExportColumn.timestamp("at", getTranslation("audit.column.at"), AuditEntry::at),
                ExportColumn.text("user", getTranslation("audit.column.user"), AuditEntry::username),
                ExportColumn.text("entity", getTranslation("audit.column.entity"),
                        e -> AuditEntriesGrid.record(e, type -> label.apply("audit.entity." + type))),
                ExportColumn.text("action", getTranslation("audit.column.action"), e -> label.apply("audit.action." + e.action())),
                ExportColumn.<AuditEntry>text("reason", getTranslation("audit.column.reason"), AuditEntry::reason).width(30),
                ExportColumn.<AuditEntry>text("changes", getTranslation("audit.column.changes"), e -> e.changes().stream()
                        .map(c -> c.field() + ": " + (c.oldValue() == null ? empty : c.oldValue()) + " → "
                                + (c.newValue() == null ? empty : c.newValue()))
                        .collect(Collectors.joining("; "))).width(60));
    }

    private void refresh(AuditEntriesGrid grid) {
        filter = AuditFilter.none().withEntityType(entityType.getValue()).withUsername(blankToNull(user.getValue()))
                .withAction(blankToNull(action.getValue())).withFrom(from.getValue()).withTo(to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("base.appName");
    }
}
