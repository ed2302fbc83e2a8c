package it.albopec.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.ui.UserFeedback;
import it.albopec.security.PasswordChange;
import it.albopec.security.PasswordPolicy;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user's own password: current, new, new again. A user with a temporary password is sent here before
 * anything else ({@link TemporaryPasswordGate}) and told why.
 */
@Route("password")
@PermitAll
@Menu(order = 200, title = "security.nav.password", icon = "KEY")
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(PasswordChange passwords) {
        current.setLabel(getTranslation("security.password.current"));
        fresh.setLabel(getTranslation("security.password.new"));
        fresh.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeated.setLabel(getTranslation("security.password.repeat"));
        repeated.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.setText(getTranslation("security.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean wasTemporary = passwords.mustChangePassword();
            if (UserFeedback.attempt(() -> passwords.changeOwnPassword(current.getValue(), fresh.getValue(), repeated.getValue()), () -> { })) {
                UserFeedback.success(getTranslation("security.password.changed"));
                current.clear();
                fresh.clear();
                repeated.clear();
                if (wasTemporary) {
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
            }
        });
        add(new H1(getTranslation("security.password.title")));
        if (passwords.mustChangePassword()) {
            var why = new Paragraph(getTranslation("security.password.temporary"));
            why.addClassName("password-temporary");
            add(why);
        }
        var form = new FormLayout(current, fresh, repeated);
        form.setMaxWidth("40em");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.title") + " · " + getTranslation("base.appName");
    }
}
