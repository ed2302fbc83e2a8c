package it.albopec.convention.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.ServiceException;
import it.albopec.base.ui.EditDialog;
import it.albopec.base.ui.UserFeedback;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionForm;
import it.albopec.convention.ConventionService;
import it.albopec.provider.ProviderDetails;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * The Order's conventions with its PEC provider: a list, and for the selected one every rule in plain words and
 * the instructions members read. The ADMIN edits, disables (typing the code back) and activates again; FINANCE
 * reads.
 */
@Route("conventions")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 20, title = "convention.nav.conventions", icon = "HANDSHAKE")
@StyleSheet("styles/convention.css")
public class ConventionsView extends VerticalLayout implements HasDynamicTitle {

    private final ConventionService conventions;
    private final ProviderService providers;
    private final Clock clock;
    private final boolean admin;
    private final Grid<ConventionDetails> grid = new Grid<>();
    private final Div detail = new Div();

    public ConventionsView(ConventionService conventions, ProviderService providers, CurrentUser currentUser, Clock clock) {
        this.conventions = conventions;
        this.providers = providers;
        this.clock = clock;
        this.admin = currentUser.hasRole(AppRoles.ADMIN);
        setSizeFull();
        addClassName("conventions-view");

        var header = new HorizontalLayout(new H1(getTranslation("convention.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (admin) {
            var add = new Button(getTranslation("convention.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        var intro = new Paragraph(getTranslation(admin ? "convention.intro.admin" : "convention.intro.finance"));
        intro.addClassName("convention-note");

        grid.addColumn(ConventionDetails::code).setHeader(getTranslation("convention.field.code")).setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ConventionDetails::providerName).setHeader(getTranslation("convention.field.provider")).setKey("provider");
        grid.addColumn(c -> c.fee().map(f -> LocalFormat.money(f, c.currency(), getLocale())).orElse(getTranslation("base.notSet")))
                .setHeader(getTranslation("convention.grid.fee")).setKey("fee");
        grid.addColumn(c -> getTranslation("convention.rule.termValue", c.termMonths())).setHeader(getTranslation("convention.field.termMonths")).setKey("term");
        grid.addColumn(c -> getTranslation("convention.payer." + c.payer())).setHeader(getTranslation("convention.field.payer")).setKey("payer");
        grid.addComponentColumn(c -> ConventionRules.badge(getTranslation("convention.status." + c.status()),
                c.isDisabled() ? "disabled" : "active")).setHeader(getTranslation("convention.grid.status")).setKey("status");
        grid.setItemsPageable(pageable -> conventions.list(pageable));
        // an Order has one convention, rarely a few: the list is as tall as its rows
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));

        detail.setWidthFull();
        detail.addClassName("convention-detail");
        add(header, intro, grid, detail);
        // one convention per Order is the usual case: show it at once
        conventions.list(org.springframework.data.domain.Pageable.ofSize(1)).stream().findFirst().ifPresent(grid::select);
    }

    private void show(ConventionDetails convention) {
        detail.removeAll();
        if (convention == null) {
            detail.add(new Paragraph(getTranslation("convention.detail.select")));
            return;
        }
        var title = new H2(getTranslation("convention.detail.title", convention.code()));
        var top = new HorizontalLayout(title);
        top.setAlignItems(Alignment.BASELINE);
        top.setWidthFull();
        top.expand(title);
        if (admin) {
            top.add(new Button(getTranslation("base.edit"), VaadinIcon.EDIT.create(), e -> openEdit(convention)));
            top.add(new Button(getTranslation("convention.instructions.edit"), VaadinIcon.FILE_TEXT_O.create(), e -> openInstructions(convention)));
            if (convention.isDisabled()) {
                var activate = new Button(getTranslation("convention.activate.action"), VaadinIcon.CHECK.create(), e -> openActivate(convention));
                activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                top.add(activate);
            } else {
                var disable = new Button(getTranslation("convention.disable.action"), VaadinIcon.BAN.create(), e -> openDisable(convention));
                disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
                top.add(disable);
            }
        }
        detail.add(top, new ConventionRules(convention, provider(convention.providerId()), LocalDate.now(clock)));
    }

    private Optional<ProviderDetails> provider(long id) {
        try {
            return Optional.of(providers.get(id));
        } catch (ServiceException notFound) {
            return Optional.empty();
        }
    }

    private void openCreate() {
        var form = new ConventionForm();
        providers.all().stream().findFirst().ifPresent(p -> form.setProviderId(p.id()));
        openEditor(getTranslation("convention.new"), form, () -> conventions.create(form));
    }

    private void openEdit(ConventionDetails convention) {
        var form = ConventionForm.of(convention);
        openEditor(convention.code(), form, () -> conventions.update(convention.id(), convention.version(), form));
    }

    private void openEditor(String title, ConventionForm form, Supplier<ConventionDetails> save) {
        new EditDialog<>(title, "min(900px, 95vw)", new ConventionEditor(providers.all()), form, f -> change(save, "convention.saved")).open();
    }

    private void openDisable(ConventionDetails convention) {
        new DisableConventionDialog(convention, (typed, reason) -> change(
                () -> conventions.disable(convention.id(), convention.version(), typed, reason), "convention.disabled")).open();
    }

    private void openActivate(ConventionDetails convention) {
        new ActivateConventionDialog(convention, LocalDate.now(clock), (date, reason) -> change(
                () -> conventions.activate(convention.id(), convention.version(), date, reason), "convention.activated")).open();
    }

    private void openInstructions(ConventionDetails convention) {
        new InstructionsDialog(convention, getLocale().getLanguage(), (language, version, steps, warnings) -> change(
                () -> conventions.saveInstructions(convention.id(), language, version, steps, warnings), "convention.instructions.saved")).open();
    }

    /**
     * Runs a change the user confirmed in a dialog: on success the convention is shown as saved and the user told so
     * (the message gets the code); when someone changed it meanwhile, the page shows the convention as it now is.
     * Either way the dialog is done; a refusal leaves it open with the reason.
     */
    private boolean change(Supplier<ConventionDetails> action, String successKey) {
        var outcome = new Object() {
            ConventionDetails saved;
        };
        if (!EditDialog.attempt(() -> outcome.saved = action.get(), () -> {})) {
            return false;
        }
        reload(outcome.saved);
        if (outcome.saved != null) {
            UserFeedback.success(getTranslation(successKey, outcome.saved.code()));
        }
        return true;
    }

    /** Refreshes the list and shows the given convention (or the re-read selection after a conflict). */
    private void reload(ConventionDetails shown) {
        grid.getDataProvider().refreshAll();
        ConventionDetails current = shown;
        if (current == null) {
            current = grid.getSelectedItems().stream().findFirst().map(c -> conventions.get(c.id())).orElse(null);
        }
        if (current != null) {
            grid.select(current);
            show(current);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("convention.title") + " · " + getTranslation("base.appName");
    }
}
