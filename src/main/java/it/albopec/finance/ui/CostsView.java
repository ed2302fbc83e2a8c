package it.albopec.finance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import it.albopec.base.ui.UserFeedback;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.convention.Payer;
import it.albopec.finance.ChargeFilter;
import it.albopec.finance.ChargeRow;
import it.albopec.finance.ChargeService;
import it.albopec.finance.ChargeState;
import it.albopec.finance.ChargeTotals;
import it.albopec.finance.Settlement;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The renewal charges of the Order: filtered in the database, with the total of what the filter shows; FINANCE marks
 * charges paid or waived one by one (click a row) or many at once (select, then act), and reads the outcome row by
 * row. ADMIN reads. (An export of this grid comes with the common streaming export, issue 14.)
 */
@Route("costs")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 40, title = "finance.nav.costs", icon = "EURO")
public class CostsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ChargeService charges;
    private final Clock clock;
    private final boolean canSettle;
    private final Grid<ChargeRow> grid = new Grid<>();
    private final Span summary = new Span();
    private final Select<Integer> year = new Select<>();
    private final Select<Payer> payer = new Select<>();
    private final Select<ChargeState> state = new Select<>();
    private final Select<ConventionDetails> convention = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField text = new TextField();
    private final Button markPaid = new Button();
    private final Button waive = new Button();
    private Long mailboxId;

    public CostsView(ChargeService charges, ConventionService conventions, CurrentUser currentUser, Clock clock,
                     it.albopec.base.export.TableExports exports) {
        this.charges = charges;
        this.clock = clock;
        this.canSettle = currentUser.hasRole(AppRoles.FINANCE);
        setSizeFull();
        addClassName("costs-view");
        configureGrid();
        summary.addClassName("costs-summary");
        summary.getStyle().set("font-size", "var(--lumo-font-size-l)");
        var title = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(new H1(t("finance.costs.title")),
                it.albopec.base.ui.ExportMenu.forGrid(grid, exports, "finance.charges", t("finance.costs.title"), exportColumns(), this::filter,
                        charges::findAfter));
        title.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, CostsNav.of(CostsView.class), filters(conventions), summary);
        if (canSettle) {
            add(actions());
        } else {
            add(new Span(t("finance.costs.readOnly")));
        }
        add(grid);
        refresh();
    }

    private FlexLayout filters(ConventionService conventions) {
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(t("finance.filter.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(t("finance.filter.any"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 3).boxed().toList());
        year.setItemLabelGenerator(y -> y == null ? t("finance.filter.any") : String.valueOf(y));

        payer.setLabel(t("finance.filter.payer"));
        payer.setEmptySelectionAllowed(true);
        payer.setEmptySelectionCaption(t("finance.filter.any"));
        payer.setItems(Payer.values());
        payer.setItemLabelGenerator(FinanceTexts::payer);

        state.setLabel(t("finance.filter.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(t("finance.filter.anyButCancelled"));
        state.setItems(ChargeState.values());
        state.setItemLabelGenerator(s -> s == null ? t("finance.filter.anyButCancelled") : FinanceTexts.state(s));

        convention.setLabel(t("finance.filter.convention"));
        convention.setEmptySelectionAllowed(true);
        convention.setEmptySelectionCaption(t("finance.filter.any"));
        convention.setItems(conventions.list(PageRequest.of(0, 50)));
        convention.setItemLabelGenerator(c -> c == null ? t("finance.filter.any") : c.code());

        overdue.setLabel(t("finance.filter.overdue"));

        text.setLabel(t("finance.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        year.addValueChangeListener(e -> refresh());
        payer.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        convention.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        state.setWidth("14rem");
        var bar = new FlexLayout(year, payer, state, convention, text, overdue);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.addClassName("filter-bar");
        return bar;
    }

    private HorizontalLayout actions() {
        markPaid.setText(t("finance.action.markPaidSelected"));
        markPaid.setIcon(VaadinIcon.CHECK.create());
        markPaid.addClassName("mark-paid");
        waive.setText(t("finance.action.waiveSelected"));
        waive.addClassName("waive");
        markPaid.addClickListener(e -> settleSelected(true));
        waive.addClickListener(e -> settleSelected(false));
        markPaid.setEnabled(false);
        waive.setEnabled(false);
        grid.addSelectionListener(e -> {
            markPaid.setEnabled(!e.getAllSelectedItems().isEmpty());
            waive.setEnabled(!e.getAllSelectedItems().isEmpty());
        });
        var hint = new Span(t("finance.costs.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var bar = new HorizontalLayout(markPaid, waive, hint);
        bar.setAlignItems(Alignment.CENTER);
        return bar;
    }

    private void configureGrid() {
        grid.addComponentColumn(row -> {
            var link = new Anchor("members/" + row.memberId(), row.surname() + " " + row.givenName());
            link.addClassName("member-link");
            return link;
        }).setHeader(t("finance.column.member")).setKey("surname").setSortable(true).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(row -> new Anchor("mailboxes?q=" + row.fiscalCode(), row.pecAddress() == null ? row.fiscalCode() : row.pecAddress()))
                .setHeader(t("finance.column.mailbox")).setKey("mailbox").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> FinanceTexts.period(row.periodStart(), row.periodEnd())).setHeader(t("finance.column.period"))
                .setKey("periodStart").setSortable(true).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> FinanceTexts.date(row.dueOn())).setHeader(t("finance.column.dueOn")).setKey("dueOn").setSortable(true)
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> FinanceTexts.money(row.amount())).setHeader(t("finance.column.amount")).setKey("amount").setSortable(true)
                .setWidth("7rem").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(row -> FinanceTexts.stateBadge(row.state(), row.overdue())).setHeader(t("finance.column.state"))
                .setKey("state").setSortable(true).setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(row -> FinanceTexts.payer(row.payer())).setHeader(t("finance.column.payer")).setKey("payer").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> FinanceTexts.date(row.paidOn())).setHeader(t("finance.column.paidOn")).setKey("paidOn").setSortable(true)
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(FinanceTexts::referenceOrNote).setHeader(t("finance.column.reference")).setKey("reference").setWidth("8rem").setFlexGrow(1);
        grid.setEmptyStateText(t("finance.costs.empty"));
        grid.setSelectionMode(canSettle ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (canSettle) {
            grid.addItemClickListener(e -> {
                if (e.getItem().state() == ChargeState.DUE && e.getColumn() != null && !"surname".equals(e.getColumn().getKey())
                        && !"mailbox".equals(e.getColumn().getKey())) {
                    settle(List.of(e.getItem()), true);
                }
            });
        }
        grid.setItems(query -> charges.find(filter(), PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders()))).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, charges.count(filter())));
        grid.setSizeFull();
        grid.addClassName("charges-grid");
    }

    private void settleSelected(boolean payment) {
        settle(List.copyOf(grid.getSelectedItems()), payment);
    }

    private void settle(List<ChargeRow> rows, boolean payment) {
        new SettleDialog(payment, rows.size(), LocalDate.now(clock), settlement -> apply(rows, settlement)).open();
    }

    private void apply(List<ChargeRow> rows, Settlement settlement) {
        var targets = rows.stream().map(r -> new ChargeService.Target(r.id(), r.version(),
                r.surname() + " " + r.givenName() + " · " + FinanceTexts.period(r.periodStart(), r.periodEnd()))).toList();
        if (targets.size() == 1) {
            var only = targets.getFirst();
            if (UserFeedback.attempt(() -> charges.settle(only.id(), only.version(), settlement), this::refresh)) {
                UserFeedback.success(t("finance.settle.saved"));
                refresh();
            }
            return;
        }
        UserFeedback.attempt(() -> new SettlementOutcomeDialog(charges.settleMany(targets, settlement)).open(), this::refresh);
        refresh();
    }

    /**
     * The export's columns: those the grid shows, by the same keys, then the member's name, codice fiscale, convention and
     * end of term, in the user's language. The export writes its rows outside the UI's thread: the application's
     * translations answer from any thread, with the locale read here.
     */
    private java.util.List<it.albopec.base.export.ExportColumn<ChargeRow>> exportColumns() {
        var texts = it.albopec.base.Texts.of(getLocale());
        return java.util.List.of(
                it.albopec.base.export.ExportColumn.text("surname", t("mailbox.column.surname"), ChargeRow::surname),
                it.albopec.base.export.ExportColumn.text("mailbox", t("finance.column.mailbox"), ChargeRow::pecAddress),
                it.albopec.base.export.ExportColumn.date("periodStart", t("finance.column.period"), ChargeRow::periodStart),
                it.albopec.base.export.ExportColumn.date("dueOn", t("finance.column.dueOn"), ChargeRow::dueOn),
                it.albopec.base.export.ExportColumn.money("amount", t("finance.column.amount"), ChargeRow::amount),
                it.albopec.base.export.ExportColumn.text("state", t("finance.column.state"),
                        row -> texts.get("finance.state." + row.state().name())),
                it.albopec.base.export.ExportColumn.text("payer", t("finance.column.payer"),
                        row -> row.payer() == null ? null : texts.get("finance.payer." + row.payer().name())),
                it.albopec.base.export.ExportColumn.date("paidOn", t("finance.column.paidOn"), ChargeRow::paidOn),
                it.albopec.base.export.ExportColumn.text("reference", t("finance.column.reference"),
                        row -> row.paymentReference() != null ? row.paymentReference() : row.note()),
                it.albopec.base.export.ExportColumn.text("givenName", t("mailbox.column.givenName"), ChargeRow::givenName),
                it.albopec.base.export.ExportColumn.code("fiscalCode", t("mailbox.column.fiscalCode"), ChargeRow::fiscalCode),
                it.albopec.base.export.ExportColumn.text("convention", t("finance.filter.convention"), ChargeRow::conventionCode),
                it.albopec.base.export.ExportColumn.date("periodEnd", t("finance.column.periodEnd"), ChargeRow::periodEnd));
    }

    ChargeFilter filter() {
        return new ChargeFilter(year.getValue(), payer.getValue(), state.getValue(),
                convention.getValue() == null ? null : convention.getValue().id(), overdue.getValue(), text.getValue(), mailboxId);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        ChargeTotals totals = charges.totals(filter());
        String text = t("finance.costs.summary", totals.count(), FinanceTexts.money(totals.amount()));
        var parts = new java.util.ArrayList<String>();
        totals.byState().forEach((s, amount) -> parts.add(FinanceTexts.state(s).toLowerCase(FinanceTexts.locale()) + " " + FinanceTexts.money(amount)));
        if (parts.size() > 1) {
            text += " (" + String.join(" · ", parts) + ")";
        }
        if (totals.withoutAmount() > 0) {
            text += " · " + t("finance.costs.withoutAmount", totals.withoutAmount());
        }
        summary.setText(text);
    }

    private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    /** Filters from the address, so that the dashboard opens the matching list (?overdue, ?year=2027, ?state=DUE). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        // without parameters the page opens on the current fiscal year; a link from elsewhere says what it wants
        year.setValue(parameters.isEmpty() ? Integer.valueOf(LocalDate.now(clock).getYear()) : null);
        overdue.setValue(parameters.containsKey("overdue"));
        first(parameters, "year", Integer::valueOf).filter(y -> y > 1990 && y < 2200).ifPresent(y -> {
            if (year.getListDataView().contains(y)) {
                year.setValue(y);
            }
        });
        first(parameters, "state", ChargeState::valueOf).ifPresent(state::setValue);
        first(parameters, "payer", Payer::valueOf).ifPresent(payer::setValue);
        // one mailbox's charges; another Order's mailbox simply has none here (every query is scoped by the Order)
        mailboxId = first(parameters, "mailbox", Long::valueOf).orElse(null);
        refresh();
    }

    private static <T> Optional<T> first(Map<String, List<String>> parameters, String name, Function<String, T> parse) {
        try {
            return parameters.getOrDefault(name, List.of()).stream().findFirst().map(parse);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String t(String key, Object... args) {
        return FinanceTexts.t(key, args);
    }

    @Override
    public String getPageTitle() {
        return t("finance.costs.title") + " · " + t("base.appName");
    }
}
