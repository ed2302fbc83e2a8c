package it.albopec.order.ui;

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
import it.albopec.base.ui.UserFeedback;
import it.albopec.order.OrderDetails;
import it.albopec.order.OrderForm;
import it.albopec.order.OrderService;
import it.albopec.security.AppRoles;
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
        new NewOrderDialog((form, admin, password) -> {
            if (!UserFeedback.attempt(() -> orders.create(form, admin, password), () -> {})) {
                return false;
            }
            grid.getDataProvider().refreshAll();
            UserFeedback.success(getTranslation("order.created", form.getProvinceCode()));
            return true;
        }).open();
    }

    private void openEdit(OrderDetails order) {
        new EditDialog<>(order.name(), "min(900px, 95vw)", new OrderEditor(false), OrderForm.of(order),
                form -> EditDialog.attempt(() -> orders.update(order.id(), order.version(), form), grid.getDataProvider()::refreshAll)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.title") + " · " + getTranslation("base.appName");
    }
}
