package it.albopec.member.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.albopec.base.export.TableExports;
import it.albopec.base.ui.ExportMenu;
import it.albopec.base.ui.UserFeedback;
import it.albopec.member.Birthplaces;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberFilter;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.member.RegisterExport;
import it.albopec.member.RegisterSection;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * The register of the Order: a lazy grid (page and count in SQL, never the whole table) with free-text search,
 * section, status and registration dates. ADMIN registers new members; FINANCE only reads.
 */
@Route("members")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 10, title = "member.nav.members", icon = "DOCTOR")
public class MemberListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MemberService members;
    private final Grid<MemberDetails> grid = new Grid<>();
    private final TextField search = new TextField(getTranslation("member.list.search"));
    private final Select<RegisterSection> section = new Select<>();
    private final Select<MemberStatus> status = new Select<>();
    private final DatePicker registeredFrom = new DatePicker(getTranslation("member.list.registeredFrom"));
    private final DatePicker registeredTo = new DatePicker(getTranslation("member.list.registeredTo"));
    private final Span count = new Span();
    private MemberFilter filter = MemberFilter.none();

    public MemberListView(MemberService members, CurrentUser currentUser, TableExports exports) {
        this.members = members;
        setSizeFull();
        var header = new HorizontalLayout(new H1(getTranslation("member.list.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.hasRole(AppRoles.ADMIN)) {
            var add = new Button(getTranslation("member.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        configureGrid();
        header.add(ExportMenu.forGrid(grid, exports, RegisterExport.LIST, getTranslation("member.list.title"),
                RegisterExport.columns(this::getTranslation),
                () -> filter, members::findAfter));
        add(header, filters(), grid);
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("member.list.searchHelp"));
        search.setTooltipText(getTranslation("member.list.searchHelp"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        section.setLabel(getTranslation("member.list.section"));
        section.setItems(RegisterSection.values());
        section.setEmptySelectionAllowed(true);
        section.setItemLabelGenerator(s -> s == null ? "" : MemberLabels.section(s));
        status.setLabel(getTranslation("member.list.status"));
        status.setItems(MemberStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(MemberLabels::status);
        registeredFrom.setClearButtonVisible(true);
        registeredTo.setClearButtonVisible(true);
        search.addValueChangeListener(e -> applyFilter());
        section.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        registeredFrom.addValueChangeListener(e -> applyFilter());
        registeredTo.addValueChangeListener(e -> applyFilter());
        var clear = new Button(getTranslation("member.list.clear"), e -> {
            search.clear();
            section.clear();
            status.clear();
            registeredFrom.clear();
            registeredTo.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var columns = columnChooser();
        count.addClassName("member-count");
        var filters = new HorizontalLayout(search, section, status, registeredFrom, registeredTo, clear, columns, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.addColumn(MemberDetails::surname).setHeader(getTranslation("member.field.surname")).setKey("surname").setSortProperty("surname");
        grid.addColumn(MemberDetails::givenName).setHeader(getTranslation("member.field.givenName")).setKey("givenName").setSortProperty("givenName");
        grid.addColumn(MemberDetails::fiscalCode).setHeader(getTranslation("member.field.fiscalCode")).setKey("fiscalCode")
                .setSortProperty("fiscalCode").setAutoWidth(true);
        grid.addColumn(m -> MemberLabels.status(m.status())).setHeader(getTranslation("member.field.status")).setKey("status")
                .setSortProperty("status");
        grid.addColumn(m -> MemberLabels.date(m.birthDate())).setHeader(getTranslation("member.field.birthDate")).setKey("birthDate")
                .setSortProperty("birthDate").setVisible(false);
        grid.addColumn(m -> Birthplaces.label(m.birthplaceCode())).setHeader(getTranslation("member.field.birthplace")).setKey("birthplace");
        grid.addColumn(MemberLabels::sections).setHeader(getTranslation("member.field.sections")).setKey("sections");
        grid.addColumn(MemberDetails::mediciChirurghiNumber).setHeader(getTranslation("member.field.mediciChirurghiNumber"))
                .setKey("mediciChirurghiNumber").setSortProperty("mediciChirurghiNumber").setAutoWidth(true);
        grid.addColumn(MemberDetails::odontoiatriNumber).setHeader(getTranslation("member.field.odontoiatriNumber"))
                .setKey("odontoiatriNumber").setSortProperty("odontoiatriNumber").setAutoWidth(true).setVisible(false);
        grid.addColumn(m -> MemberLabels.date(m.registrationDate())).setHeader(getTranslation("member.field.registrationDate"))
                .setKey("registrationDate").setSortProperty("registrationDate");
        grid.addColumn(m -> MemberLabels.date(m.statusDate())).setHeader(getTranslation("member.field.statusDate")).setKey("statusDate")
                .setSortProperty("statusDate").setVisible(false);
        grid.addColumn(MemberDetails::email).setHeader(getTranslation("member.field.email")).setKey("email").setSortProperty("email");
        grid.addColumn(MemberDetails::phone).setHeader(getTranslation("member.field.phone")).setKey("phone").setVisible(false);
        grid.getColumns().forEach(c -> c.setResizable(true).setAutoWidth(true));
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("member.list.none"));
        grid.setSizeFull();
        grid.setItems(query -> members.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> {
            long matching = members.count(filter);
            count.setText(getTranslation("member.list.count", matching));
            return (int) Math.min(matching, Integer.MAX_VALUE);
        });
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    /** A menu of the columns, each shown or hidden by a tick. */
    private MenuBar columnChooser() {
        var chooser = new MenuBar();
        chooser.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var columns = chooser.addItem(new Span(VaadinIcon.COG.create(), new Span(" " + getTranslation("member.list.columns"))));
        for (Grid.Column<MemberDetails> column : grid.getColumns()) {
            var item = columns.getSubMenu().addItem(getTranslation("member.field." + column.getKey()),
                    e -> column.setVisible(e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
        }
        return chooser;
    }

    private void applyFilter() {
        filter = MemberFilter.none().withText(search.getValue()).withSection(section.getValue()).withStatus(status.getValue())
                .withRegisteredFrom(registeredFrom.getValue()).withRegisteredTo(registeredTo.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void open(MemberDetails member) {
        UI.getCurrent().navigate(MemberDetailView.class, member.id());
    }

    private void openCreate() {
        new MemberEditorDialog(getTranslation("member.new"), new MemberForm(), form -> {
            MemberDetails[] created = new MemberDetails[1];
            if (!UserFeedback.attempt(() -> created[0] = members.create(form), () -> {})) {
                return false;
            }
            UserFeedback.success(getTranslation("member.created", created[0].surname(), created[0].givenName()));
            open(created[0]);
            return true;
        }).open();
    }

    /** The dashboard's tiles link here with {@code ?status=…}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault("status", List.of());
        wanted.stream().findFirst().flatMap(s -> java.util.Arrays.stream(MemberStatus.values()).filter(v -> v.name().equals(s)).findFirst())
                .ifPresent(status::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.list.title") + " · " + getTranslation("base.appName");
    }
}
