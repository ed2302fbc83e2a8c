package it.albopec.selfservice.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberFilter;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.security.AppRoles;
import it.albopec.security.MemberAccounts.AccountState;
import it.albopec.selfservice.MemberAccess;
import jakarta.annotation.security.RolesAllowed;

/**
 * The ADMIN gives members access to their page: the register (lazy, filtered in SQL) with each member's account state;
 * select one or many and send their activation, then print the letters of those just issued.
 */
@Route("member-accounts")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 15, title = "selfservice.nav.accounts", icon = "KEY")
public class MemberAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final MemberAccess access;
    private final Grid<MemberDetails> grid = new Grid<>();
    private final Span count = new Span();
    private final Map<Long, AccountState> states = new HashMap<>();
    private MemberFilter filter = new MemberFilter(null, null, MemberStatus.ACTIVE, null, null);

    public MemberAccountsView(MemberService members, MemberAccess access) {
        this.members = members;
        this.access = access;
        setSizeFull();
        var text = new TextField();
        text.setPlaceholder(getTranslation("selfservice.accounts.search"));
        text.setAriaLabel(getTranslation("selfservice.accounts.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        var status = new Select<MemberStatus>();
        status.setItems(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
        status.setItemLabelGenerator(s -> getTranslation("member.status." + s.name()));
        status.setValue(MemberStatus.ACTIVE);
        status.setAriaLabel(getTranslation("selfservice.accounts.status"));
        text.addValueChangeListener(e -> refilter(e.getValue(), status.getValue()));
        status.addValueChangeListener(e -> refilter(text.getValue(), e.getValue()));
        var issue = new Button(getTranslation("selfservice.accounts.issue"), e -> issue(grid.getSelectedItems()));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setEnabled(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> issue.setEnabled(!e.getAllSelectedItems().isEmpty()));
        var bar = new HorizontalLayout(text, status, issue, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.addColumn(m -> m.surname() + " " + m.givenName()).setHeader(getTranslation("selfservice.accounts.name")).setSortProperty("surname");
        grid.addColumn(MemberDetails::fiscalCode).setHeader(getTranslation("selfservice.accounts.fiscalCode"));
        grid.addColumn(MemberDetails::email).setHeader(getTranslation("selfservice.accounts.email"));
        grid.addColumn(m -> stateText(states.get(m.id()))).setHeader(getTranslation("selfservice.accounts.account"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setSizeFull();
        grid.setItems(query -> {
            List<MemberDetails> page = members.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
            states.putAll(access.states(page.stream().map(MemberDetails::id).toList()));
            return page.stream();
        }, query -> {
            long matching = members.count(filter);
            count.setText(getTranslation("selfservice.accounts.count", matching));
            return (int) Math.min(matching, Integer.MAX_VALUE);
        });
        add(new H1(getTranslation("selfservice.accounts.title")), new Paragraph(getTranslation("selfservice.accounts.intro")), bar, grid);
    }

    private void refilter(String text, MemberStatus status) {
        filter = new MemberFilter(text == null || text.isBlank() ? null : text.trim(), null, status, null, null);
        states.clear();
        grid.getDataProvider().refreshAll();
    }

    private void issue(Set<MemberDetails> selected) {
        var outcome = access.issueActivations(selected.stream().map(MemberDetails::id).toList());
        new IssuedActivationsDialog(access, outcome).open();
        grid.deselectAll();
        states.clear();
        grid.getDataProvider().refreshAll();
    }

    private String stateText(AccountState state) {
        if (state == null) {
            return getTranslation("selfservice.accounts.none");
        }
        if (!state.enabled() && state.activated()) {
            return getTranslation("selfservice.accounts.closed");
        }
        if (state.activated()) {
            return getTranslation("selfservice.accounts.active");
        }
        if (state.lastCodeIssuedAt() != null) {
            var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            return getTranslation("selfservice.accounts.issued", format.format(state.lastCodeIssuedAt().atZone(ZoneId.of("Europe/Rome"))),
                    format.format(state.lastCodeExpiresAt().atZone(ZoneId.of("Europe/Rome"))));
        }
        return getTranslation("selfservice.accounts.none");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.accounts.title") + " · " + getTranslation("base.appName");
    }
}
