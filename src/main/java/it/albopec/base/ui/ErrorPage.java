package it.albopec.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * The application's own page for a path that cannot be shown (issue 11, point 9): inside the layout, in the user's
 * language, saying what happened and offering a way back — never Vaadin's "Could not navigate…" with its list of
 * routes, never the browser's bare refusal.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("error-page");
    }

    /** Fills the page for the path the user asked for; the path is shown as text, never as markup. */
    void show(BeforeEnterEvent event, String textKey) {
        removeAll();
        String path = "/" + event.getLocation().getPath();
        var text = new Paragraph(getTranslation(textKey, path));
        text.addClassName("error-page-text");
        var back = new Button(getTranslation("base.errorPage.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var home = new RouterLink(getTranslation("base.errorPage.home"), DashboardView.class);
        home.addClassName("error-page-home");
        var ways = new HorizontalLayout(back, home);
        ways.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation(titleKey)), text, ways);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("base.appName");
    }
}
