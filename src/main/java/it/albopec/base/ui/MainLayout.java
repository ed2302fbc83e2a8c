package it.albopec.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import it.albopec.base.TenantHeader;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in page: the Order's name in the header, the user and the language switch,
 * and a side navigation built from the views' {@code @Menu} entries, which Vaadin filters by the user's
 * roles, so that each role sees only what it may use and this layout imports no view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ObjectProvider<TenantHeader> tenantHeader) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle(), header(authentication, tenantHeader));
    }

    private Div brand() {
        var name = new Span(getTranslation("base.appName"));
        name.addClassName("brand-name");
        var claim = new Span(getTranslation("base.appClaim"));
        claim.addClassName("brand-claim");
        var brand = new Div(name, claim);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout header(AuthenticationContext authentication, ObjectProvider<TenantHeader> tenantHeader) {
        String orderName = tenantHeader.getIfAvailable(() -> locale -> "").currentOrderName(getLocale());
        var order = new Span(orderName.isEmpty() ? getTranslation("base.platform") : orderName);
        order.addClassName("order-name");

        var user = new Span(new Icon(VaadinIcon.USER), new Span(authentication.getPrincipalName().orElse("")));
        user.addClassName("current-user");

        var logout = new Button(getTranslation("base.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var header = new HorizontalLayout(order, user, new LanguageSelect(), logout);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(order);
        header.setWidthFull();
        header.addClassName("app-header");
        return header;
    }
}
