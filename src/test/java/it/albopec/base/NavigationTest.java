package it.albopec.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import it.albopec.base.ui.DashboardView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees in the navigation only what it may use, and the header names the user's Order. */
class NavigationTest extends UiTest {

    @Test
    @WithUserDetails("admin.po")
    void pratosAdminSeesPratoAndTheAdminPages() {
        navigate(DashboardView.class);
        assertThat(orderName()).isEqualTo("Ordine Provinciale dei Medici Chirurghi e degli Odontoiatri di Prato");
        assertThat(menu()).contains("Cruscotto", "Utenti").doesNotContain("Ordini");
    }

    @Test
    @WithUserDetails("finance.po")
    void financeDoesNotSeeUserAdministration() {
        navigate(DashboardView.class);
        assertThat(menu()).contains("Cruscotto").doesNotContain("Utenti", "Ordini");
    }

    @Test
    @WithUserDetails("operator")
    void theOperatorSeesTheOrdersButNoOrderOfTheirOwn() {
        navigate(DashboardView.class);
        assertThat(orderName()).isEqualTo("Piattaforma Albo PEC");
        assertThat(menu()).contains("Ordini").doesNotContain("Utenti");
    }

    @Test
    @WithUserDetails("admin.bz")
    void bolzanoReadsItsGermanNameInGerman() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate(DashboardView.class);
        assertThat(orderName()).isEqualTo("Ärzte- und Zahnärztekammer der Provinz Bozen");
        assertThat(menu()).contains("Übersicht", "Benutzer");
    }

    private String orderName() {
        return $(Span.class).withClassName("order-name").single().getText();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
