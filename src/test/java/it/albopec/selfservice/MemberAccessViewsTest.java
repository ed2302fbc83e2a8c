package it.albopec.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.member.MemberDetails;
import it.albopec.notification.ui.OutboxView;
import it.albopec.selfservice.SelfServiceFixtures.TestMember;
import it.albopec.selfservice.ui.MemberAccountsView;
import it.albopec.selfservice.ui.SetPasswordView;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.UiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ADMIN's side of member access, browserless: activations for the members selected in the register, the printable
 * letters (read back with PDFBox), the outbox at /notifications; and the password page ticking off its rules as the
 * member types.
 */
class MemberAccessViewsTest extends UiTest {

    @Autowired SelfServiceFixtures fixtures;
    @Autowired MemberAccess access;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theAdminSendsActivationsToTheSelectedMembers() {
        String surname = "Letterato" + (char) ('A' + (int) (System.nanoTime() % 26));
        TestMember first = fixtures.member("admin.fg", surname, LocalDate.now().minusYears(2));
        TestMember second = fixtures.member("admin.fg", surname, LocalDate.now().minusYears(2));
        jdbc.update("UPDATE member SET email = NULL WHERE id = ?", second.memberId());
        open("admin.fg");
        navigate(MemberAccountsView.class);
        test($(TextField.class).single()).setValue(first.fiscalCode());
        @SuppressWarnings("unchecked")
        Grid<MemberDetails> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Nessun accesso");
        grid.asMultiSelect().select(test(grid).getRow(0));
        test($(TextField.class).single()).setValue(second.fiscalCode());
        grid.asMultiSelect().select(test(grid).getRow(0));
        test($(Button.class).withText("Invia attivazione").single()).click();

        Dialog dialog = $(Dialog.class).last();
        assertThat($(Paragraph.class).from(dialog).all()).extracting(Paragraph::getText)
                .contains("2 attivazioni preparate, 1 inviate per e-mail.", "Senza e-mail (consegni la lettera):");
        assertThat($(ListItem.class).from(dialog).all()).extracting(ListItem::getText).anyMatch(t -> t.contains(second.fiscalCode()));
        assertThat($(Anchor.class).from(dialog).withText("Scarica le lettere (PDF)").exists()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACCOUNT_ACTIVATION' AND recipient = ?", Long.class,
                first.email())).isEqualTo(1);
    }

    @Test
    void theLetterCarriesTheCodeThePageAndTheCodiceFiscale() throws Exception {
        TestMember m = fixtures.member("admin.fg", "Postale", LocalDate.now().minusYears(2));
        signIn.as("admin.fg");
        var outcome = access.issueActivations(List.of(m.memberId()));
        var pdf = new ByteArrayOutputStream();
        access.writeLetters(outcome.issued(), pdf);
        String text;
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains(outcome.issued().getFirst().code().groupedCode()).contains(m.fiscalCode()).contains("/set-password")
                .contains("Ordine dei Medici");
    }

    @Test
    void theOutboxShowsEachMessagesStateAndHidesConfidentialLinks() {
        TestMember m = fixtures.member("admin.fg", "Riservato", LocalDate.now().minusYears(2));
        signIn.as("admin.fg");
        access.issueActivation(m.memberId());
        open("admin.fg");
        navigate(OutboxView.class);
        assertThat($(Paragraph.class).withClassName("outbox-no-smtp").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<it.albopec.notification.OutboxMessage> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        int row = -1;
        for (int i = 0; i < test(grid).size() && row < 0; i++) {
            if (m.email().equals(test(grid).getRow(i).recipient())) {
                row = i;
            }
        }
        assertThat(row).as("the activation e-mail is listed").isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("In attesa");
        test(grid).clickRow(row);
        assertThat($(Paragraph.class).from($(Dialog.class).last()).all()).extracting(Paragraph::getText)
                .contains("Messaggio riservato: contiene un link personale di accesso e non viene mostrato.");
    }

    @Test
    void thePasswordRulesAreTickedOffWhileTyping() {
        signIn.out();
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate(SetPasswordView.class);
        var password = $(PasswordField.class).withCaption("Nuova password").single();
        test(password).setValue("abc");
        assertThat(rules()).contains("✗ Da 10 a 64 caratteri", "✓ Almeno una lettera", "✗ Almeno un numero");
        test(password).setValue("Primavera2026");
        assertThat(rules()).contains("✓ Da 10 a 64 caratteri", "✓ Almeno una lettera", "✓ Almeno un numero");
    }

    private List<String> rules() {
        return $(ListItem.class).all().stream().map(ListItem::getText).toList();
    }

    private void open(String user) {
        signIn.as(user);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }
}
