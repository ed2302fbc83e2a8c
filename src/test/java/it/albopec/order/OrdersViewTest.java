package it.albopec.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.order.ui.OrdersView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The operator's Orders page: a new Order with its first ADMIN from one dialog; a refusal keeps the dialog open. */
class OrdersViewTest extends UiTest {

    @Test
    @WithUserDetails("operator")
    void theOperatorCreatesAnOrderWithItsFirstAdmin() {
        navigate(OrdersView.class);
        test($(Button.class).withText("Nuovo Ordine").single()).click();
        test($(TextField.class).withCaption("Sigla provincia").single()).setValue("AO");
        test($(TextField.class).withCaption("Denominazione").single()).setValue("Ordine dei Medici della Valle d'Aosta");
        test($(TextArea.class).withCaption("Indirizzi PEC istituzionali").single()).setValue("segreteria.ao@pec.omceo.it");
        test($(TextField.class).withCaption("Nome utente").single()).setValue("admin.ao.ui");
        test($(TextField.class).withCaption("Nome e cognome").single()).setValue("Ada Aostana");
        test($(EmailField.class).withCaption("E-mail").single()).setValue("ada@omceo-ao.it");

        test($(PasswordField.class).withCaption("Password iniziale").single()).setValue("short");
        test($(Button.class).withText("Salva").single()).click();
        assertThat($(Button.class).withText("Salva").all()).as("refused: the dialog stays open").hasSize(1);

        test($(PasswordField.class).withCaption("Password iniziale").single()).setValue("una-password-lunga-2026");
        test($(Button.class).withText("Salva").single()).click();

        assertThat($(Button.class).withText("Salva").all()).as("saved: the dialog is closed").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<OrderDetails> grid = $(Grid.class).single();
        boolean listed = false;
        for (int i = 0; i < test(grid).size(); i++) {
            listed |= test(grid).getRow(i).provinceCode().equals("AO");
        }
        assertThat(listed).isTrue();
    }
}
