package it.albopec.selfservice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.albopec.base.ui.LanguageSelect;
import it.albopec.selfservice.AccountRecovery;

/**
 * A member who forgot their password types their codice fiscale and gets a link by e-mail. The page says the same
 * thing whether the code has an account or not, so it cannot be used to find out who is a member.
 */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/selfservice.css")
public class PasswordResetView extends Main implements HasDynamicTitle {

    public PasswordResetView(AccountRecovery recovery) {
        addClassNames("account-view", "password-reset-view");
        var fiscalCode = new TextField(getTranslation("selfservice.reset.fiscalCode"));
        fiscalCode.setWidthFull();
        fiscalCode.setMaxLength(40);
        var outcome = new Div();
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("account-outcome");
        var send = new Button(getTranslation("selfservice.reset.send"), e -> {
            if (!fiscalCode.getValue().isBlank()) {
                recovery.requestReset(fiscalCode.getValue());
            }
            outcome.removeAll();
            outcome.addClassName("tone-ok");
            outcome.add(new Paragraph(getTranslation("selfservice.reset.sent")));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        var card = new Div(new H1(getTranslation("selfservice.reset.title")), new Paragraph(getTranslation("selfservice.reset.intro")),
                fiscalCode, send, outcome, new Paragraph(getTranslation("selfservice.reset.staff")),
                new Anchor("login", getTranslation("selfservice.account.toLogin")), new LanguageSelect());
        card.addClassName("account-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.reset.title") + " · " + getTranslation("base.appName");
    }
}
