package it.albopec.security.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.albopec.base.ui.LanguageSelect;
import it.albopec.security.LoginThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

/** The sign-in page, in the user's language (Italian first), with a clear message when login is locked. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${albopec.demo-data:false}") boolean demoData, org.springframework.beans.factory.ObjectProvider<it.albopec.security.DemoLogins> demoLogins) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        // centred while it fits; from the top when it does not (a phone, the demo list): never cut off above
        getStyle().set("justify-content", "safe center");

        var title = new H1(getTranslation("base.appName"));
        var claim = new Paragraph(getTranslation("security.login.claim"));
        claim.addClassName("login-claim");

        form.setAction("login");
        // members: a forgotten password is reset by e-mail; staff ask their ADMIN (the page says so)
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("password-reset")));
        form.setI18n(i18n(null));

        var language = new LanguageSelect();
        var firstAccess = new com.vaadin.flow.component.html.Anchor("set-password", getTranslation("security.login.firstAccess"));
        firstAccess.addClassName("login-first-access");
        var card = new Div(title, claim, form, firstAccess, language);
        card.addClassName("login-card");
        add(card);
        if (demoData) {
            var hint = new Div(new Span(getTranslation("security.login.demoHint")),
                    new Span("operator · admin.po · finance.po · admin.fg · finance.fg · admin.bz · finance.bz"));
            hint.addClassName("demo-hint");
            var members = demoLogins.orderedStream().flatMap(d -> d.demoLogins().stream()).toList();
            if (!members.isEmpty()) {
                hint.add(new Span(getTranslation("security.login.demoMembers")));
                members.forEach(m -> hint.add(new Span(m)));
            }
            card.add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object exception = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (exception instanceof LoginThrottledException locked) {
                long minutes = Math.max(1, Duration.between(Instant.now(), locked.until()).toMinutes() + 1);
                form.setI18n(i18n(new String[] {getTranslation("security.login.lockedTitle"),
                        getTranslation("security.login.lockedMessage", minutes)}));
            }
            form.setError(true);
        }
    }

    private LoginI18n i18n(String[] error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgotPassword"));
        i18n.getErrorMessage().setTitle(error == null ? getTranslation("security.login.errorTitle") : error[0]);
        i18n.getErrorMessage().setMessage(error == null ? getTranslation("security.login.errorMessage") : error[1]);
        i18n.getErrorMessage().setUsername(getTranslation("security.login.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " · " + getTranslation("base.appName");
    }
}
