package it.albopec.provider.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.ui.EditDialog;
import it.albopec.provider.ProviderDetails;
import it.albopec.provider.ProviderForm;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** The PEC providers: the operator adds and edits them; the Orders' ADMIN and FINANCE read their contacts. */
@Route("providers")
@RolesAllowed({AppRoles.OPERATOR, AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 25, title = "provider.nav.providers", icon = "CLOUD")
public class ProvidersView extends VerticalLayout implements HasDynamicTitle {

    private final ProviderService providers;
    private final Grid<ProviderDetails> grid = new Grid<>();

    public ProvidersView(ProviderService providers, CurrentUser currentUser) {
        this.providers = providers;
        boolean operator = currentUser.hasRole(AppRoles.OPERATOR);
        setSizeFull();
        var header = new HorizontalLayout(new H1(getTranslation("provider.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (operator) {
            var add = new Button(getTranslation("provider.new"), VaadinIcon.PLUS.create(), e -> open(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        grid.addColumn(ProviderDetails::name).setHeader(getTranslation("provider.field.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(ProviderDetails::portalUrl).setHeader(getTranslation("provider.field.portalUrl")).setKey("portal");
        grid.addColumn(p -> String.join(" · ", p.helpdeskPhones().stream()
                .map(phone -> p.isFree(phone) ? phone + " (" + getTranslation("provider.free") + ")" : phone).toList()))
                .setHeader(getTranslation("provider.field.helpdeskPhones")).setKey("phones");
        grid.addColumn(p -> p.signedFormFax() == null ? "" : p.signedFormFax()).setHeader(getTranslation("provider.field.signedFormFax")).setKey("fax");
        grid.addColumn(p -> p.loginPattern() == null ? "" : p.loginPattern()).setHeader(getTranslation("provider.field.loginPattern")).setKey("login");
        if (operator) {
            grid.addComponentColumn(p -> new Button(getTranslation("base.edit"), e -> open(p))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemsPageable(pageable -> providers.list(pageable).getContent());
        add(header, grid);
    }

    /** @param provider the provider to edit, or null for a new one */
    private void open(@Nullable ProviderDetails provider) {
        new EditDialog<>(provider == null ? getTranslation("provider.new") : provider.name(), "min(800px, 95vw)", new ProviderEditor(),
                provider == null ? new ProviderForm() : ProviderForm.of(provider), form -> EditDialog.attempt(() -> {
                    if (provider == null) {
                        providers.create(form);
                    } else {
                        providers.update(provider.id(), provider.version(), form);
                    }
                }, grid.getDataProvider()::refreshAll)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider.title") + " · " + getTranslation("base.appName");
    }
}
