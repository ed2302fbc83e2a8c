package it.albopec.compliance.ui;

import static it.albopec.compliance.ui.ComplianceTexts.date;
import static it.albopec.compliance.ui.ComplianceTexts.reason;
import static it.albopec.compliance.ui.ComplianceTexts.step;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.compliance.CaseStep;
import it.albopec.compliance.ComplianceFilter;
import it.albopec.compliance.ComplianceService;
import it.albopec.compliance.NonCompliantMember;
import it.albopec.compliance.Reason;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The active members without a valid PEC (DL 76/2020 art. 37), why and since when, with their case: the secretariat
 * sends reminders and formal notices, proposes suspensions to the Council and records them, on one member or many;
 * letters download as one PDF or a ZIP. FINANCE reads; only ADMIN acts. Filters in SQL, lazy grid.
 */
@Route("compliance")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 35, title = "compliance.nav", icon = "EXCLAMATION_CIRCLE_O")
public class ComplianceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComplianceService compliance;
    private final boolean canAct;
    private final Grid<NonCompliantMember> grid = new Grid<>();
    private final Span count = new Span();
    private final TextField text = new TextField();
    private final Select<Reason> reason = new Select<>();
    private final Select<CaseStep> step = new Select<>();
    private final Checkbox withoutCase = new Checkbox();
    private final Select<java.time.LocalDate> meeting = new Select<>();
    private final com.vaadin.flow.component.html.Anchor councilList = new com.vaadin.flow.component.html.Anchor();
    private volatile ComplianceFilter filter = ComplianceFilter.empty();

    public ComplianceView(ComplianceService compliance, CurrentUser currentUser, it.albopec.base.export.TableExports exports) {
        this.compliance = compliance;
        this.canAct = currentUser.hasRole(AppRoles.ADMIN);
        setSizeFull();
        addClassName("compliance-view");
        configureGrid();
        var title = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(new H1(getTranslation("compliance.title")),
                it.albopec.base.ui.ExportMenu.forGrid(grid, exports, "compliance.members", getTranslation("compliance.title"), exportColumns(),
                        () -> filter, compliance::findAfter));
        title.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph(getTranslation("compliance.intro")), filters(), count);
        if (canAct) {
            var address = new com.vaadin.flow.component.button.Button(getTranslation("compliance.action.address"),
                    VaadinIcon.ENVELOPE_O.create(), e -> new ExternalAddressDialog(compliance, this::refresh).open());
            add(new ComplianceActionBar(compliance, grid, this::refresh), address);
        }
        add(grid);
        refresh();
    }

    /** The export's columns, by the grid's keys, in the user's language; the download writes them outside the UI's thread. */
    private java.util.List<it.albopec.base.export.ExportColumn<NonCompliantMember>> exportColumns() {
        // the application's translations answer from any thread; only the locale must be read here, on the UI's thread
        var t = it.albopec.base.Texts.of(getLocale());
        return java.util.List.of(
                it.albopec.base.export.ExportColumn.text("surname", getTranslation("compliance.column.surname"), NonCompliantMember::surname),
                it.albopec.base.export.ExportColumn.text("givenName", getTranslation("compliance.column.givenName"), NonCompliantMember::givenName),
                it.albopec.base.export.ExportColumn.code("fiscalCode", getTranslation("compliance.column.fiscalCode"), NonCompliantMember::fiscalCode),
                it.albopec.base.export.ExportColumn.text("reason", getTranslation("compliance.column.reason"),
                        r -> t.get(ComplianceTexts.reasonKey(r.reason()))),
                it.albopec.base.export.ExportColumn.date("since", getTranslation("compliance.column.since"), NonCompliantMember::since),
                it.albopec.base.export.ExportColumn.text("address", getTranslation("compliance.column.address"), NonCompliantMember::lastAddress),
                it.albopec.base.export.ExportColumn.text("step", getTranslation("compliance.column.step"),
                        r -> t.get(ComplianceTexts.stepKey(r.step()))),
                it.albopec.base.export.ExportColumn.date("deadline", getTranslation("compliance.column.deadline"), NonCompliantMember::deadline));
    }

    private FlexLayout filters() {
        text.setPlaceholder(getTranslation("compliance.filter.text"));
        text.setAriaLabel(getTranslation("compliance.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> {
            filter = filter.withText(e.getValue());
            refresh();
        });
        reason.setLabel(getTranslation("compliance.filter.reason"));
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("compliance.filter.any"));
        reason.setItems(Reason.values());
        reason.setItemLabelGenerator(r -> r == null ? getTranslation("compliance.filter.any") : reason(r));
        reason.addValueChangeListener(e -> {
            filter = filter.withReason(e.getValue());
            refresh();
        });
        step.setLabel(getTranslation("compliance.filter.step"));
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("compliance.filter.any"));
        step.setItems(List.of(CaseStep.REMINDER_SENT, CaseStep.NOTICE_SENT, CaseStep.DEADLINE_PASSED, CaseStep.PROPOSED_TO_COUNCIL,
                CaseStep.SUSPENDED));
        step.setItemLabelGenerator(s -> s == null ? getTranslation("compliance.filter.any") : step(s));
        step.addValueChangeListener(e -> {
            filter = filter.withStep(e.getValue());
            refresh();
        });
        withoutCase.setLabel(getTranslation("compliance.filter.withoutCase"));
        withoutCase.addValueChangeListener(e -> {
            filter = filter.withWithoutCase(e.getValue());
            refresh();
        });
        meeting.setLabel(getTranslation("compliance.filter.meeting"));
        meeting.setEmptySelectionAllowed(true);
        meeting.setEmptySelectionCaption(getTranslation("compliance.filter.any"));
        meeting.setItems(compliance.councilMeetings());
        meeting.setItemLabelGenerator(d -> d == null ? getTranslation("compliance.filter.any") : date(d));
        meeting.addValueChangeListener(e -> {
            filter = filter.withCouncilMeeting(e.getValue());
            councilList.setEnabled(e.getValue() != null);
            refresh();
        });
        var locale = getLocale();
        councilList.setText(getTranslation("compliance.council.download"));
        councilList.setHref(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            var out = new java.io.ByteArrayOutputStream();
            compliance.writeCouncilList(filter.councilMeeting(), locale, out);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(out.toByteArray()),
                    "consiglio-" + filter.councilMeeting() + ".pdf", "application/pdf", out.size());
        }));
        councilList.getElement().setAttribute("download", true);
        councilList.setEnabled(false);
        var bar = new FlexLayout(text, reason, step, withoutCase, meeting, councilList);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.addClassName("filter-bar");
        return bar;
    }

    private void configureGrid() {
        grid.addColumn(NonCompliantMember::surname).setHeader(getTranslation("compliance.column.surname")).setKey("surname").setSortable(true).setAutoWidth(true);
        grid.addColumn(NonCompliantMember::givenName).setHeader(getTranslation("compliance.column.givenName")).setKey("givenName").setSortable(true).setAutoWidth(true);
        grid.addColumn(NonCompliantMember::fiscalCode).setHeader(getTranslation("compliance.column.fiscalCode")).setKey("fiscalCode").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> reason(r.reason())).setHeader(getTranslation("compliance.column.reason")).setKey("reason").setAutoWidth(true);
        grid.addColumn(r -> date(r.since())).setHeader(getTranslation("compliance.column.since")).setKey("since").setSortable(true).setAutoWidth(true);
        grid.addColumn(NonCompliantMember::lastAddress).setHeader(getTranslation("compliance.column.address")).setKey("address").setFlexGrow(2);
        grid.addColumn(r -> step(r.step())).setHeader(getTranslation("compliance.column.step")).setKey("step").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> date(r.deadline())).setHeader(getTranslation("compliance.column.deadline")).setKey("deadline").setSortable(true).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("compliance.empty"));
        grid.setSelectionMode(canAct ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> new CaseDialog(compliance, e.getItem(), canAct, this::refresh).open());
        grid.setItems(query -> compliance.find(filter, PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders()))).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, compliance.count(filter)));
        grid.setSizeFull();
    }

    private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        count.setText(getTranslation("compliance.count", compliance.count(filter)));
    }

    /** {@code ?reason=EXPIRED} or {@code ?step=NOTICE_SENT} from a dashboard figure; an unknown value is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("reason", List.of()).stream().findFirst().flatMap(v -> parse(Reason.class, v)).ifPresent(reason::setValue);
        parameters.getOrDefault("step", List.of()).stream().findFirst().flatMap(v -> parse(CaseStep.class, v))
                .filter(CaseStep::isOpen).ifPresent(step::setValue);
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String value) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.nav");
    }
}
