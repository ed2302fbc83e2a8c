package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.security.ui.UsersView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class UsersViewTest extends UiTest {

    @Test
    @WithUserDetails("admin.fg")
    void anAdminAddsAColleagueAndGetsATemporaryPassword() {
        navigate(UsersView.class);
        test($(Button.class).withText("Nuovo utente").single()).click();
        test($(TextField.class).withCaption("Nome utente").single()).setValue("protocollo.fg");
        test($(TextField.class).withCaption("Nome e cognome").single()).setValue("Ufficio protocollo");
        @SuppressWarnings("unchecked")
        Select<String> role = $(Select.class).withCaption("Ruolo").single();
        test(role).selectItem("Amministratore (segreteria)");
        test($(Button.class).withText("Salva").single()).click();

        ConfirmDialog shown = $(ConfirmDialog.class).single();
        assertThat(shown.getElement().getProperty("message")).contains("protocollo.fg");

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = $(Grid.class).single();
        var names = test(grid).size();
        assertThat(names).isGreaterThanOrEqualTo(3);
        boolean listed = false;
        for (int i = 0; i < test(grid).size(); i++) {
            listed |= test(grid).getRow(i).username().equals("protocollo.fg");
        }
        assertThat(listed).isTrue();
    }

    @Test
    @WithUserDetails("admin.fg")
    void aUsernameThatIsTakenIsRefusedWithAReason() {
        navigate(UsersView.class);
        test($(Button.class).withText("Nuovo utente").single()).click();
        test($(TextField.class).withCaption("Nome utente").single()).setValue("admin.po");
        test($(TextField.class).withCaption("Nome e cognome").single()).setValue("Impostore");
        test($(Button.class).withText("Salva").single()).click();
        assertThat($(com.vaadin.flow.component.notification.Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Il nome utente admin.po non è disponibile: sceglierne un altro.");
    }
}
