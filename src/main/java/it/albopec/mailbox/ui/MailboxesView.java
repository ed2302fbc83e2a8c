package it.albopec.mailbox.ui;

import static it.albopec.mailbox.ui.MailboxTexts.date;
import static it.albopec.mailbox.ui.MailboxTexts.method;
import static it.albopec.mailbox.ui.MailboxTexts.stateBadge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import it.albopec.base.export.ExportColumn;
import it.albopec.base.export.TableExports;
import it.albopec.base.ui.ExportMenu;
import it.albopec.mailbox.MailboxFilter;
import it.albopec.mailbox.MailboxRow;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every member of the register with their convention mailbox: what the secretariat chases by phone today
 * (expiring, at risk, no mailbox, not pre-loaded, test message or documents missing), and the steps it records
 * on one or many mailboxes at once. FINANCE reads; only ADMIN acts.
 */
@Route("mailboxes")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 30, title = "mailbox.nav.mailboxes", icon = "ENVELOPES")
public class MailboxesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MailboxService mailboxes;
    private final boolean canAct;
    private final Grid<MailboxRow> grid = new Grid<>();
    private final Span count = new Span();
    private final TextField text = new TextField();
    private final Select<MailboxState> state = new Select<>();
    private final Select<Integer> expiring = new Select<>();
    private final Checkbox atRisk = new Checkbox();
    private final Checkbox noMailbox = new Checkbox();
    private final Checkbox notPreloaded = new Checkbox();
    private final Checkbox testMissing = new Checkbox();
    private final Checkbox documentsMissing = new Checkbox();
    private final Checkbox withoutValidPec = new Checkbox();
    private final Checkbox activationOverdue = new Checkbox();
    private final Map<String, Checkbox> flagParameters;

    public MailboxesView(MailboxService mailboxes, CurrentUser currentUser, TableExports exports) {
        this.mailboxes = mailboxes;
        this.canAct = currentUser.hasRole(AppRoles.ADMIN);
        this.flagParameters = Map.of("risk", atRisk, "nomailbox", noMailbox, "notpreloaded", notPreloaded,
                "testmissing", testMissing, "docsmissing", documentsMissing, "nopec", withoutValidPec,
                "overdue", activationOverdue);
        setSizeFull();
        addClassName("mailboxes-view");
        configureGrid(); // before the action bar: it listens to the selection model the grid ends up with
        var title = new HorizontalLayout(new H1(getTranslation("mailbox.title")),
                ExportMenu.forGrid(grid, exports, "mailbox.mailboxes", getTranslation("mailbox.title"), exportColumns(), this::filter,
                        mailboxes::findAfter));
        title.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, filters(), count);
        if (canAct) {
            add(new MailboxActionBar(mailboxes, grid, this::refresh));
        }
        add(grid);
        refresh();
    }

    private FlexLayout filters() {
        text.setPlaceholder(getTranslation("mailbox.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel(getTranslation("mailbox.filter.text"));
        text.setWidth("18em");

        state.setLabel(getTranslation("mailbox.filter.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("mailbox.filter.any"));
        state.setItems(MailboxState.values());
        state.setItemLabelGenerator(st -> st == null ? getTranslation("mailbox.filter.any") : MailboxTexts.state(st));

        expiring.setLabel(getTranslation("mailbox.filter.expiring"));
        expiring.setEmptySelectionAllowed(true);
        expiring.setEmptySelectionCaption(getTranslation("mailbox.filter.any"));
        expiring.setItems(30, 60, 90);
        expiring.setItemLabelGenerator(days -> days == null ? getTranslation("mailbox.filter.any") : getTranslation("mailbox.filter.withinDays", days));

        atRisk.setLabel(getTranslation("mailbox.filter.atRisk"));
        noMailbox.setLabel(getTranslation("mailbox.filter.noMailbox"));
        notPreloaded.setLabel(getTranslation("mailbox.filter.notPreloaded"));
        testMissing.setLabel(getTranslation("mailbox.filter.testMessageMissing"));
        documentsMissing.setLabel(getTranslation("mailbox.filter.documentsMissing"));
        withoutValidPec.setLabel(getTranslation("mailbox.filter.withoutValidPec"));
        activationOverdue.setLabel(getTranslation("mailbox.filter.activationOverdue"));

        text.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        expiring.addValueChangeListener(e -> refresh());
        for (Checkbox box : List.of(atRisk, noMailbox, notPreloaded, testMissing, documentsMissing, withoutValidPec, activationOverdue)) {
            box.addValueChangeListener(e -> refresh());
        }
        var checks = new HorizontalLayout(atRisk, noMailbox, notPreloaded, testMissing, documentsMissing, withoutValidPec,
                activationOverdue);
        checks.setWrap(true);
        var bar = new FlexLayout(text, state, expiring, checks);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.addClassName("filter-bar");
        return bar;
    }

    private void configureGrid() {
        grid.addColumn(MailboxRow::surname).setHeader(getTranslation("mailbox.column.surname")).setKey("surname").setSortable(true).setAutoWidth(true);
        grid.addColumn(MailboxRow::givenName).setHeader(getTranslation("mailbox.column.givenName")).setKey("givenName").setSortable(true).setAutoWidth(true);
        grid.addColumn(MailboxRow::fiscalCode).setHeader(getTranslation("mailbox.column.fiscalCode")).setKey("fiscalCode").setAutoWidth(true);
        grid.addComponentColumn(row -> stateBadge(row.state())).setHeader(getTranslation("mailbox.column.state")).setKey("state").setSortable(true).setAutoWidth(true);
        grid.addColumn(MailboxRow::pecAddress).setHeader(getTranslation("mailbox.column.pecAddress")).setKey("pecAddress")
                .setWidth("18em").setFlexGrow(2);
        grid.addColumn(row -> row.hasMailbox() && row.state() != MailboxState.ELIGIBLE ? method(row.paymentMethod()) : "")
                .setHeader(getTranslation("mailbox.column.payment")).setKey("payment").setAutoWidth(true);
        grid.addColumn(row -> date(row.expiresOn())).setHeader(getTranslation("mailbox.column.expiresOn")).setKey("expiresOn").setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> row.lapseDate().map(d -> getTranslation("mailbox.column.lapsesOn", date(d))).orElse(""))
                .setHeader(getTranslation("mailbox.column.risk")).setKey("risk").setAutoWidth(true);
        grid.addColumn(this::notes).setHeader(getTranslation("mailbox.column.notes")).setKey("notes").setWidth("16em").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("mailbox.empty"));
        grid.setSelectionMode(canAct ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> {
            if (e.getItem().hasMailbox()) {
                new MailboxDialog(mailboxes, e.getItem().mailboxId(), canAct, this::refresh).open();
            }
        });
        grid.setItems(query -> mailboxes.find(filter(), PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders()))).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, mailboxes.count(filter())));
        grid.setSizeFull();
    }

    /** The page's columns in a file, in the user's language; the download writes them outside the UI's thread. */
    private List<ExportColumn<MailboxRow>> exportColumns() {
        // the application's translations answer from any thread; only the locale must be read here, on the UI's thread
        var locale = getLocale();
        var t = it.albopec.base.Texts.of(locale);
        var dateFormat = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(locale);
        java.util.function.Function<java.time.LocalDate, String> dates = d -> d == null ? "–" : d.format(dateFormat);
        return List.of(
                ExportColumn.text("surname", getTranslation("mailbox.column.surname"), MailboxRow::surname),
                ExportColumn.text("givenName", getTranslation("mailbox.column.givenName"), MailboxRow::givenName),
                ExportColumn.code("fiscalCode", getTranslation("mailbox.column.fiscalCode"), MailboxRow::fiscalCode),
                ExportColumn.text("state", getTranslation("mailbox.column.state"),
                        row -> t.get(row.state() == null ? "mailbox.state.NONE" : "mailbox.state." + row.state().name())),
                ExportColumn.<MailboxRow>text("pecAddress", getTranslation("mailbox.column.pecAddress"), MailboxRow::pecAddress).width(32),
                ExportColumn.text("payment", getTranslation("mailbox.column.payment"), row -> row.hasMailbox() && row.state() != MailboxState.ELIGIBLE
                        ? t.get(row.paymentMethod() == null ? "mailbox.payment.ORDER" : "mailbox.payment." + row.paymentMethod().name()) : null),
                ExportColumn.date("expiresOn", getTranslation("mailbox.column.expiresOn"), MailboxRow::expiresOn),
                ExportColumn.date("risk", getTranslation("mailbox.column.risk"), row -> row.lapseDate().orElse(null)),
                ExportColumn.<MailboxRow>text("notes", getTranslation("mailbox.column.notes"), row -> notes(row, t::get, dates)).width(40));
    }

    /** A translated text with its parameters: the component's own on the page, the application's in an export. */
    @FunctionalInterface
    private interface TextSource {
        String get(String key, Object... params);
    }

    private String notes(MailboxRow row) {
        return notes(row, this::getTranslation, MailboxTexts::date);
    }

    /** The notes column, with {@code dates} formatting the dates it names. */
    private static String notes(MailboxRow row, TextSource t, java.util.function.Function<java.time.LocalDate, String> dates) {
        var notes = new java.util.ArrayList<String>();
        if (!row.preloaded() && row.memberStatus().isRegistered()) {
            notes.add(t.get("mailbox.note.notPreloaded"));
        }
        if (row.testMessageMissing()) {
            notes.add(t.get("mailbox.note.testMessageMissing"));
        }
        if (row.documentsRequired() && row.documentsReceivedOn() == null && row.state() != null && MailboxState.PENDING.contains(row.state())) {
            notes.add(t.get("mailbox.note.documentsMissing"));
        }
        if (row.activationOverdue()) {
            notes.add(t.get("mailbox.note.activationOverdue", dates.apply(row.activationExpectedOn())));
        } else if (row.activationExpectedOn() != null && row.state() != null && MailboxState.PENDING.contains(row.state())) {
            notes.add(t.get("mailbox.note.activationExpected", dates.apply(row.activationExpectedOn())));
        }
        if (!row.memberStatus().isRegistered()) {
            notes.add(t.get("mailbox.note.memberStatus." + row.memberStatus().name()));
        }
        return String.join(" · ", notes);
    }

    private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    MailboxFilter filter() {
        return MailboxFilter.none()
                .withText(text.getValue())
                .withState(state.getValue())
                .withExpiringWithinDays(expiring.getValue())
                .withAtRisk(atRisk.getValue())
                .withNoMailbox(noMailbox.getValue())
                .withNotPreloaded(notPreloaded.getValue())
                .withTestMessageMissing(testMissing.getValue())
                .withDocumentsMissing(documentsMissing.getValue())
                .withNoValidPec(withoutValidPec.getValue())
                .withActivationOverdue(activationOverdue.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        count.setText(getTranslation("mailbox.count", mailboxes.count(filter())));
    }

    /** Filters from the address, so that the dashboard's figures open the matching list (e.g. ?risk or ?within=30). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        flagParameters.forEach((name, box) -> box.setValue(parameters.containsKey(name)));
        first(parameters, "within", Integer::valueOf).filter(d -> List.of(30, 60, 90).contains(d)).ifPresent(expiring::setValue);
        first(parameters, "state", MailboxState::valueOf).ifPresent(state::setValue);
        first(parameters, "q", Function.identity()).ifPresent(text::setValue);
    }

    private static <T> java.util.Optional<T> first(Map<String, List<String>> parameters, String name, Function<String, T> parse) {
        try {
            return parameters.getOrDefault(name, List.of()).stream().findFirst().map(parse);
        } catch (IllegalArgumentException malformed) {
            return java.util.Optional.empty(); // a hand-typed address with a wrong value shows the unfiltered list
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title") + " · " + getTranslation("base.appName");
    }
}
