package it.albopec.selfservice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.albopec.base.ServiceException;
import it.albopec.base.ui.LanguageSelect;
import it.albopec.security.MemberPasswordRules;
import it.albopec.selfservice.AccountRecovery;

/**
 * First access and password reset: the member types the code of their letter (or arrives through the e-mail's link
 * with the code filled in) and chooses a password; the rules are ticked off while they type. A wrong, used or expired
 * code gets one message, whatever the reason.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/selfservice.css")
public class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountRecovery recovery;
    private final TextField code = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final UnorderedList rules = new UnorderedList();
    private final Div outcome = new Div();

    public SetPasswordView(AccountRecovery recovery) {
        this.recovery = recovery;
        addClassNames("account-view", "set-password-view");
        code.setLabel(getTranslation("selfservice.setPassword.code"));
        code.setHelperText(getTranslation("selfservice.setPassword.codeHelp"));
        code.setWidthFull();
        code.setMaxLength(40);
        password.setLabel(getTranslation("selfservice.setPassword.password"));
        password.setWidthFull();
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(e -> showRules());
        password.setMaxLength(MemberPasswordRules.MAX_LENGTH);
        repeat.setLabel(getTranslation("selfservice.setPassword.repeat"));
        repeat.setWidthFull();
        repeat.setValueChangeMode(ValueChangeMode.EAGER);
        repeat.addValueChangeListener(e -> showRules());
        rules.addClassName("password-rules");
        rules.getElement().setAttribute("aria-live", "polite");
        rules.setId("password-rules");
        password.getElement().setAttribute("aria-describedby", "password-rules");
        var save = new Button(getTranslation("selfservice.setPassword.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("account-outcome");
        var card = new Div(new H1(getTranslation("selfservice.setPassword.title")), new Paragraph(getTranslation("selfservice.setPassword.intro")),
                code, password, rules, repeat, save, outcome, new Anchor("login", getTranslation("selfservice.account.toLogin")), new LanguageSelect());
        card.addClassName("account-card");
        add(card);
        showRules();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(c -> code.setValue(c.length() > 40 ? c.substring(0, 40) : c));
    }

    private void showRules() {
        rules.removeAll();
        for (var rule : MemberPasswordRules.check(password.getValue(), null)) {
            var item = new ListItem((rule.met() ? "✓ " : "✗ ") + getTranslation(rule.messageKey(), MemberPasswordRules.MIN_LENGTH));
            item.addClassName(rule.met() ? "rule-met" : "rule-open");
            rules.add(item);
        }
        boolean same = !repeat.getValue().isEmpty() && repeat.getValue().equals(password.getValue());
        var item = new ListItem((same ? "✓ " : "✗ ") + getTranslation("selfservice.setPassword.same"));
        item.addClassName(same ? "rule-met" : "rule-open");
        rules.add(item);
    }

    private void save() {
        outcome.removeAll();
        outcome.removeClassNames("tone-ok", "tone-error");
        if (!password.getValue().equals(repeat.getValue())) {
            fail(getTranslation("selfservice.setPassword.notSame"));
            return;
        }
        try {
            String username = recovery.setPassword(code.getValue(), password.getValue());
            code.clear();
            password.clear();
            repeat.clear();
            outcome.addClassName("tone-ok");
            outcome.add(new Paragraph(getTranslation("selfservice.setPassword.done", username)), new Anchor("login", getTranslation("selfservice.account.toLogin")));
        } catch (ServiceException e) {
            fail(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void fail(String message) {
        outcome.addClassName("tone-error");
        outcome.add(new Paragraph(message));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.setPassword.title") + " · " + getTranslation("base.appName");
    }
}
