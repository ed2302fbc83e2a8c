package it.albopec.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.provider.ui.ProvidersView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class ProvidersViewTest extends UiTest {

    @Test
    @WithUserDetails("operator")
    void theOperatorAddsAProvider() {
        navigate(ProvidersView.class);
        test($(Button.class).withText("Nuovo gestore").single()).click();
        test($(TextField.class).withCaption("Nome").single()).setValue("Gestore UI di prova");
        test($(TextField.class).withCaption("Portale delle convenzioni").single()).setValue("https://pec.prova.it/");
        test($(TextArea.class).withCaption("Assistenza clienti").single()).setValue("06 1111\n06 2222");
        test($(Button.class).withText("Salva").single()).click();

        @SuppressWarnings("unchecked")
        Grid<ProviderDetails> grid = $(Grid.class).single();
        boolean listed = false;
        for (int i = 0; i < test(grid).size(); i++) {
            listed |= test(grid).getRow(i).name().equals("Gestore UI di prova");
        }
        assertThat(listed).isTrue();
    }

    @Test
    @WithUserDetails("admin.fg")
    void anAdminReadsArubasNumbersButCannotEdit() {
        navigate(ProvidersView.class);
        @SuppressWarnings("unchecked")
        Grid<ProviderDetails> grid = $(Grid.class).single();
        assertThat(test(grid).getRow(0).name()).isEqualTo("Aruba PEC");
        assertThat(test(grid).getCellText(0, 2)).contains("0575/0500 · ").contains("0575 0505 (gratuita)")
                .contains("02/500 41 305 (gratuita)").doesNotContain("0575/0500 (gratuita)").doesNotContain("0575/0504 (gratuita)");
        assertThat($(Button.class).withText("Nuovo gestore").all()).isEmpty();
        assertThat($(Button.class).withText("Modifica").all()).isEmpty();
    }
}
