package it.albopec.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import it.albopec.testsupport.AlboPecTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@AlboPecTest
class OrderServiceTest {

    @Autowired OrderService orders;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theDemoOrdersCarryWhatTheSeedsSay() {
        signIn.as("admin.po");
        OrderDetails prato = orders.current();
        assertThat(prato.provinceCode()).isEqualTo("PO");
        assertThat(prato.taxCode()).isEqualTo("92026220480");
        assertThat(prato.address()).isEqualTo("Via Viareggio, 10 – 59100 Prato");
        assertThat(prato.secretariatPec()).isEqualTo("segreteria.po@pec.omceo.it");
        // the heading's six addresses, all kept
        assertThat(prato.letterheadAddresses()).containsExactlyInAnyOrder("presidenza@omceopo.org", "segreteria@omceopo.org",
                "odontoiatri@omceopo.org", "presidenza.po@pec.omceo.it", "segreteria.po@pec.omceo.it", "odontoiatri.po@pec.omceo.it");
        assertThat(prato.phone()).isEqualTo("0574 37938");
        assertThat(prato.fax()).isEqualTo("0574 31641");
        assertThat(prato.website()).isEqualTo("www.omceopo.org");
        signIn.as("finance.bz");
        OrderDetails bolzano = orders.current();
        assertThat(bolzano.languages()).containsExactly("it", "de");
        assertThat(bolzano.displayName(java.util.Locale.GERMAN)).startsWith("Ärzte- und Zahnärztekammer");
        assertThat(bolzano.address()).as("the seed gives no address").isNull();
    }

    @Test
    void staffSeeOnlyTheirOwnOrderAndCannotListOthers() {
        signIn.as("admin.fg");
        assertThat(orders.current().provinceCode()).isEqualTo("FG");
        assertThatThrownBy(() -> orders.list(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orders.get(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOperatorCreatesAnOrderWithItsFirstAdmin() {
        signIn.as("operator");
        var form = new OrderForm();
        form.setProvinceCode("PT");
        form.setName("Ordine dei Medici Chirurghi e degli Odontoiatri della Provincia di Pistoia");
        form.setPecAddresses("segreteria.pt@pec.omceo.it");
        var admin = new UserAdministration.NewUser("admin.pt", "Segreteria Pistoia", null, AppRoles.ADMIN);
        OrderDetails created = orders.create(form, admin, "a-long-password");
        assertThat(created.provinceCode()).isEqualTo("PT");

        assertThatThrownBy(() -> orders.create(form, new UserAdministration.NewUser("admin.pt2", "X", null, AppRoles.ADMIN), "a-long-password"))
                .isInstanceOf(ServiceException.class).hasMessageContaining("provinceTaken");
        signIn.as("admin.pt");
        assertThat(orders.current().name()).contains("Pistoia");
    }

    @Test
    void theOperatorCannotReadAnOrdersOwnData() {
        signIn.as("operator");
        assertThatThrownBy(orders::current).isInstanceOf(AccessDeniedException.class);
    }
}
