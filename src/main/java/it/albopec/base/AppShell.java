package it.albopec.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Application shell: Lumo plus our own stylesheet, served from {@code frontend/} without any npm build. Server push
 * lets long imports report their progress while the page stays usable.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(AppShell.STYLESHEET)
@Meta(name = "robots", content = "noindex")
@Push
public class AppShell implements AppShellConfigurator {

    /** Path of the application's stylesheet; security permits it to anonymous users for the login page. */
    public static final String STYLESHEET = "styles/albopec.css";
}
