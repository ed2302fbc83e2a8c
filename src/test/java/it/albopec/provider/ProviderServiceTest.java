package it.albopec.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.albopec.base.ServiceException;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@AlboPecTest
class ProviderServiceTest {

    @Autowired ProviderService providers;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ProviderDetails aruba() {
        return providers.all().stream().filter(p -> p.name().equals(ProviderDemoData.ARUBA)).findFirst().orElseThrow();
    }

    @Test
    void arubaCarriesThePortalAndTheNumbersOfTheThreeSeeds() {
        signIn.as("finance.fg");
        ProviderDetails aruba = aruba();
        assertThat(aruba.portalUrl()).isEqualTo("https://www.pec.it/");
        assertThat(aruba.loginPattern()).isEqualTo("1234567@aruba.it");
        assertThat(aruba.signedFormFax()).isEqualTo("0575/862026");
        assertThat(aruba.helpdeskPhones()).containsExactly("0575 0505", "0575/0500", "0575/0504", "02/500 41 305");
        // "gratuito" only where the instructions say so: Bolzano's "servizio clienti (gratuito) ... 0575/05 05 o ... 02/ 500 41 305"
        assertThat(aruba.isFree("0575 0505")).isTrue();
        assertThat(aruba.isFree("0575/05 05")).isTrue();
        assertThat(aruba.isFree("02/500 41 305")).isTrue();
        assertThat(aruba.isFree("0575/0500")).as("Foggia does not call its numbers free").isFalse();
        assertThat(aruba.isFree("0575/0504")).isFalse();
    }

    @Test
    void theOperatorAddsASecondProviderAndEditsIt() {
        signIn.as("operator");
        var form = new ProviderForm();
        form.setName("Provider di prova " + System.nanoTime());
        form.setPortalUrl("https://pec.example.it/");
        form.setHelpdeskPhones("06 123456\n06 654321");
        ProviderDetails created = providers.create(form);
        assertThat(created.helpdeskPhones()).containsExactly("06 123456", "06 654321");

        form.setSignedFormFax("06 999999");
        ProviderDetails changed = providers.update(created.id(), created.version(), form);
        assertThat(changed.signedFormFax()).isEqualTo("06 999999");
        assertThatThrownBy(() -> providers.update(created.id(), created.version(), form)).isInstanceOf(OptimisticLockingFailureException.class);

        var duplicate = ProviderForm.of(aruba());
        assertThatThrownBy(() -> providers.create(duplicate)).isInstanceOf(ServiceException.class).hasMessageContaining("nameTaken");
        assertThat(providers.all()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void ordersStaffReadProvidersButCannotEditThem() {
        signIn.as("admin.bz");
        ProviderDetails aruba = aruba();
        assertThatThrownBy(() -> providers.update(aruba.id(), aruba.version(), ProviderForm.of(aruba))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.create(ProviderForm.of(aruba))).isInstanceOf(AccessDeniedException.class);
    }
}
