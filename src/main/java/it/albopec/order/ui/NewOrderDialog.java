package it.albopec.order.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.EditDialog;
import it.albopec.order.OrderForm;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;

/** A new Order with its first ADMIN: the Order's data, then who will administer it. */
class NewOrderDialog extends EditDialog<OrderForm> {

    /** Creates the Order; true when the dialog is done. */
    @FunctionalInterface
    interface Create {
        boolean create(OrderForm form, UserAdministration.NewUser firstAdmin, String password);
    }

    NewOrderDialog(Create create) {
        this(new FirstAdminFields(), create);
    }

    private NewOrderDialog(FirstAdminFields admin, Create create) {
        super(admin.getTranslation("order.new"), "min(900px, 95vw)", new OrderEditor(true), new OrderForm(),
                form -> create.create(form, admin.newUser(), admin.password()));
        add(new H3(getTranslation("order.firstAdmin.title")), admin);
    }

    /** The first ADMIN's account: username, name, e-mail, initial password. */
    private static final class FirstAdminFields extends Composite<FormLayout> {

        private final TextField username = new TextField(getTranslation("order.firstAdmin.username"));
        private final TextField displayName = new TextField(getTranslation("order.firstAdmin.displayName"));
        private final EmailField email = new EmailField(getTranslation("order.firstAdmin.email"));
        private final PasswordField password = new PasswordField(getTranslation("order.firstAdmin.password"));

        FirstAdminFields() {
            password.setHelperText(getTranslation("order.firstAdmin.passwordHelp"));
            getContent().add(username, displayName, email, password);
        }

        UserAdministration.NewUser newUser() {
            return new UserAdministration.NewUser(username.getValue(), displayName.getValue(), email.getValue(), AppRoles.ADMIN);
        }

        String password() {
            return password.getValue();
        }
    }
}
