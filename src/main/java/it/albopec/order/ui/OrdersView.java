package it.albopec.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.ui.UserFeedback;
import it.albopec.order.OrderDetails;
import it.albopec.order.OrderForm;
import it.albopec.order.OrderService;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;
import jakarta.annotation.security.RolesAllowed;

/** The platform operator's list of Orders: create an Order with its first ADMIN, edit its data. */
@Route("orders")
@RolesAllowed(AppRoles.OPERATOR)
@Menu(order = 1, title = "order.nav.orders", icon = "INSTITUTION")
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    private final OrderService orders;
    private final Grid<OrderDetails> grid = new Grid<>();

    public OrdersView(OrderService orders) {
        this.orders = orders;
        setSizeFull();
        var add = new Button(getTranslation("order.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1(getTranslation("order.title")), add);
        header.setAlignItems(Alignment.BASELINE);

        grid.addColumn(OrderDetails::provinceCode).setHeader(getTranslation("order.field.provinceCode")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrderDetails::name).setHeader(getTranslation("order.field.name"));
        grid.addColumn(o -> String.join(", ", o.pecAddresses())).setHeader(getTranslation("order.field.pecAddresses"));
        grid.addColumn(o -> String.join(", ", o.languages())).setHeader(getTranslation("order.field.languages")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> new Button(getTranslation("base.edit"), e -> openEdit(o))).setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> orders.list(pageable).getContent());
        add(header, grid);
    }

    private void openCreate() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("order.new"));
        dialog.setWidth("min(900px, 95vw)");
        var editor = new OrderEditor(true);
        var form = new OrderForm();
        editor.read(form);

        var username = new TextField(getTranslation("order.firstAdmin.username"));
        var displayName = new TextField(getTranslation("order.firstAdmin.displayName"));
        var email = new EmailField(getTranslation("order.firstAdmin.email"));
        var password = new PasswordField(getTranslation("order.firstAdmin.password"));
        password.setHelperText(getTranslation("order.firstAdmin.passwordHelp"));
        dialog.add(editor, new H3(getTranslation("order.firstAdmin.title")), new FormLayout(username, displayName, email, password));

        var save = new Button(getTranslation("base.save"), e -> {
            if (editor.write(form)) {
                var admin = new UserAdministration.NewUser(username.getValue(), displayName.getValue(), email.getValue(), AppRoles.ADMIN);
                if (UserFeedback.attempt(() -> orders.create(form, admin, password.getValue()), () -> {})) {
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                    UserFeedback.success(getTranslation("order.created", form.getProvinceCode()));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("base.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(OrderDetails order) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(order.name());
        dialog.setWidth("min(900px, 95vw)");
        var editor = new OrderEditor(false);
        var form = OrderForm.of(order);
        editor.read(form);
        dialog.add(editor);
        var save = new Button(getTranslation("base.save"), e -> {
            if (editor.write(form) && UserFeedback.attempt(() -> orders.update(order.id(), order.version(), form), () -> {
                dialog.close();
                grid.getDataProvider().refreshAll();
            })) {
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("base.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.title") + " · " + getTranslation("base.appName");
    }
}
