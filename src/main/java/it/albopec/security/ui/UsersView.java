package it.albopec.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.ui.UserFeedback;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;
import it.albopec.security.UserAdministration.NewUser;
import it.albopec.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/** The staff of the ADMIN's own Order: create, disable, reset password. */
@Route("users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 90, title = "security.nav.users", icon = "USERS")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration users;
    private final Grid<UserSummary> grid = new Grid<>();

    public UsersView(UserAdministration users) {
        this.users = users;
        setSizeFull();
        var add = new Button(getTranslation("security.users.new"), VaadinIcon.PLUS.create(), e -> openNewUserDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1(getTranslation("security.users.title")), add);
        header.setAlignItems(Alignment.BASELINE);

        grid.addColumn(UserSummary::username).setHeader(getTranslation("security.users.username")).setKey("username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("security.users.displayName")).setKey("displayName");
        grid.addColumn(UserSummary::email).setHeader(getTranslation("security.users.email")).setKey("email");
        grid.addColumn(u -> getTranslation("security.role." + u.role())).setHeader(getTranslation("security.users.role")).setKey("role");
        grid.addComponentColumn(u -> new Span(getTranslation(u.enabled() ? "security.users.enabled" : "security.users.disabled")))
                .setHeader(getTranslation("security.users.state")).setKey("state");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("security.users.actions")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> users.orderStaff(pageable).getContent());
        add(header, grid);
    }

    private HorizontalLayout actions(UserSummary user) {
        var toggle = new Button(getTranslation(user.enabled() ? "security.users.disable" : "security.users.enable"),
                e -> run(() -> users.setEnabled(user.id(), user.version(), !user.enabled())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var reset = new Button(getTranslation("security.users.resetPassword"), e -> run(() -> {
            String password = users.resetPassword(user.id());
            showPassword(user.username(), password);
        }));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset);
    }

    private void openNewUserDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.users.new"));
        var username = new TextField(getTranslation("security.users.username"));
        var displayName = new TextField(getTranslation("security.users.displayName"));
        var email = new EmailField(getTranslation("security.users.email"));
        var role = new Select<String>();
        role.setLabel(getTranslation("security.users.role"));
        role.setItems(AppRoles.ORDER_STAFF);
        role.setItemLabelGenerator(r -> getTranslation("security.role." + r));
        var binder = new Binder<NewUserForm>();
        binder.forField(username).asRequired(getTranslation("base.required"))
                .withValidator(v -> v.matches("[A-Za-z0-9._@-]{3,100}"), getTranslation("security.users.error.usernameFormat"))
                .bind(NewUserForm::getUsername, NewUserForm::setUsername);
        binder.forField(displayName).asRequired(getTranslation("base.required")).bind(NewUserForm::getDisplayName, NewUserForm::setDisplayName);
        binder.forField(email).bind(NewUserForm::getEmail, NewUserForm::setEmail);
        binder.forField(role).asRequired(getTranslation("base.required")).bind(NewUserForm::getRole, NewUserForm::setRole);
        var form = new NewUserForm();
        form.setRole(AppRoles.FINANCE);
        binder.readBean(form);
        dialog.add(new FormLayout(username, displayName, email, role));
        var save = new Button(getTranslation("base.save"), e -> {
            if (binder.writeBeanIfValid(form)) {
                run(() -> {
                    var created = users.createStaffUser(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getRole()));
                    dialog.close();
                    showPassword(created.user().username(), created.temporaryPassword());
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("base.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showPassword(String username, String password) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("security.users.passwordTitle"));
        dialog.setText(getTranslation("security.users.passwordText", username, password));
        dialog.setConfirmText(getTranslation("base.close"));
        dialog.open();
    }

    private void run(Runnable action) {
        if (UserFeedback.attempt(action, grid.getDataProvider()::refreshAll)) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title") + " · " + getTranslation("base.appName");
    }

    /** Form state of the new-user dialog. */
    static final class NewUserForm {
        private String username;
        private String displayName;
        private String email;
        private String role;

        String getUsername() { return username; }
        void setUsername(String username) { this.username = username; }
        String getDisplayName() { return displayName; }
        void setDisplayName(String displayName) { this.displayName = displayName; }
        String getEmail() { return email; }
        void setEmail(String email) { this.email = email; }
        String getRole() { return role; }
        void setRole(String role) { this.role = role; }
    }
}
