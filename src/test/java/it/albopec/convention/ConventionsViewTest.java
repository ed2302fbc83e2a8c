package it.albopec.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.convention.ui.ConventionsView;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ConventionsViewTest extends UiTest {

    @Autowired ConventionService conventions;
    @Autowired ConventionTestOrder testOrder;
    @Autowired TestClock.MutableClock clock;
    @Autowired SignIn signIn;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    /** Whether the page shows the text (money is formatted with a no-break space before the euro sign). */
    private boolean shows(String text) {
        return $(Span.class).all().stream().anyMatch(s -> s.getText() != null && plain(s.getText()).contains(text))
                || $(com.vaadin.flow.component.html.ListItem.class).all().stream().anyMatch(li -> plain(li.getElement().getTextRecursively()).contains(text));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    @WithUserDetails("finance.bz")
    void financeReadsEveryRuleOfBolzanoInItalianButCannotChangeIt() {
        navigate(ConventionsView.class);
        @SuppressWarnings("unchecked")
        Grid<ConventionDetails> grid = $(Grid.class).single();
        assertThat(test(grid).getRow(0).code()).isEqualTo("OMCEO-BZ-0041");
        assertThat(shows("17,08 € ogni 36 mesi (5,69 € l'anno)")).isTrue();
        assertThat(shows("attivazione solo quando il gestore riceve il pagamento")).isTrue();
        assertThat(shows("Dichiaro di aver preso visione")).isTrue();
        assertThat(shows("ATTENZIONE: NON cliccare sopra a DISABILITA")).isTrue();
        assertThat($(Button.class).withText("Disattiva").all()).isEmpty();
        assertThat($(Button.class).withText("Modifica").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin.po")
    void pratoFeeIsShownAsToBeSet() {
        navigate(ConventionsView.class);
        assertThat(shows("da impostare")).isTrue();
        assertThat(shows("segreteria.po@pec.omceo.it")).isTrue();
        assertThat(shows("a spese dell'Ordine")).isTrue();
    }

    @Test
    @WithUserDetails("admin.fg")
    void foggiaShowsTheLeadTimeThePasswordRuleAndTheFax() {
        navigate(ConventionsView.class);
        assertThat(shows("8 giorni dopo l'iscrizione all'albo")).isTrue();
        assertThat(shows("alfanumerica (lettere e cifre), da 8 a 20 caratteri (es. Daniela1966)")).isTrue();
        assertThat(shows("via fax al 0575/862026")).isTrue();
        assertThat(shows("il rinnovo automatico non riesce")).isTrue();
    }

    @Test
    void anAdminDisablesByTypingTheCodeAndActivatesAgainWithANewDate() {
        clock.setToday(LocalDate.of(2026, 4, 1));
        ConventionDetails convention = testOrder.newConvention();
        signIn.as(ConventionTestOrder.ADMIN);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate(ConventionsView.class);
        @SuppressWarnings("unchecked")
        Grid<ConventionDetails> grid = $(Grid.class).single();
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == convention.id()) {
                test(grid).select(i);
            }
        }

        // a wrong code: refused, nothing changed
        test($(Button.class).withText("Disattiva").single()).click();
        // the application has no link to the provider: it records, it does not cancel anything there
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(t -> t.contains("l'Ordine registra di aver disattivato la convenzione sul portale del gestore"))
                .anyMatch(t -> t.contains("non cancella nulla presso di esso"))
                .noneMatch(t -> t.contains("la cancella presso il gestore"));
        test($(TextField.class).withCaption("Per confermare, digiti il codice della convenzione (" + convention.code() + ")").single()).setValue("OMCEO-ZC-0000");
        test($(TextArea.class).withCaption("Motivo").single()).setValue("Convenzione scaduta");
        test($(Button.class).withText("Disattiva la convenzione").single()).click();
        assertThat($(Notification.class).last().getElement().getProperty("text")).contains("Il codice digitato non corrisponde");
        assertThat(conventions.get(convention.id()).status()).isEqualTo(ConventionStatus.ACTIVE);

        // the right code
        test($(TextField.class).withCaption("Per confermare, digiti il codice della convenzione (" + convention.code() + ")").single()).setValue(convention.code());
        test($(Button.class).withText("Disattiva la convenzione").single()).click();
        ConventionDetails disabled = conventions.get(convention.id());
        assertThat(disabled.status()).isEqualTo(ConventionStatus.DISABLED);
        assertThat(disabled.disabledReason()).isEqualTo("Convenzione scaduta");
        assertThat(shows("Disattivata")).isTrue();

        test($(Button.class).withText("Riattiva").single()).click();
        test($(DatePicker.class).withCaption("Nuova data di attivazione").single()).setValue(LocalDate.of(2026, 4, 15));
        test($(TextArea.class).withCaption("Motivo").single()).setValue("Convenzione rinnovata");
        test($(Button.class).withText("Riattiva la convenzione").single()).click();
        ConventionDetails active = conventions.get(convention.id());
        assertThat(active.status()).isEqualTo(ConventionStatus.ACTIVE);
        assertThat(active.validFrom()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat($(Button.class).withText("Disattiva").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("finance.fg")
    void foggiaShowsActivationAfterTheFaxAndTheUnrecoverableExpiryInItsOwnWords() {
        navigate(ConventionsView.class);
        assertThat(shows("«in genere 2/3 gg lavorativi» (contati come giorni lavorativi")).isTrue();
        assertThat(shows("attivazione in tempo reale")).as("Foggia's card payments wait for the faxed form").isFalse();
        assertThat(shows("La casella scaduta non si può più recuperare")).isTrue();
        assertThat(shows("Su richiesta al gestore resta solo consultabile per 24/48 ore.")).isTrue();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(t -> t.startsWith("Con le parole dell'Ordine: «la PEC scadrà e non potrà più essere recuperata per l’utilizzo")
                        && t.contains("Sarà poi necessario registrarsi nuovamente per ottenere un nuovo indirizzo PEC."));
        // Foggia's instructions do not call its numbers free
        assertThat(shows("0575/0500 (gratuito)")).isFalse();
        assertThat(shows("0575/0500")).isTrue();
    }

    @Test
    @WithUserDetails("finance.bz")
    void bolzanoShowsItsActivationTimeInDaysItsFreeHelpdeskAndTheDeclarationsToFillIn() {
        navigate(ConventionsView.class);
        assertThat(shows("«di norma 2/3 giorni» (contati come giorni di calendario")).isTrue();
        assertThat(shows("giorni lavorativi")).isFalse();
        assertThat(shows("0575 0505 (gratuito) · 0575/0500 · 0575/0504 · 02/500 41 305 (gratuito)")).isTrue();
        assertThat(shows("testo da completare")).isTrue();
        assertThat(shows("vale la regola generale del gestore, la casella scaduta si può rinnovare per 90 giorni")).isTrue();
    }

    @Test
    @WithUserDetails("admin.bz")
    void germanShowsBolzanosGermanInstructions() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate(ConventionsView.class);
        assertThat(shows("17,08 € alle 36 Monate")).isTrue();
        assertThat(shows("NICHT auf DISABILITA")).isTrue();
    }

    @Test
    @WithUserDetails("finance.bz")
    void theDashboardShowsTheActiveConventionAndItsFee() {
        navigate(it.albopec.base.ui.DashboardView.class);
        assertThat(shows("OMCEO-BZ-0041 · 17,08 €")).isTrue();
        assertThat(shows("Convenzione PEC in corso e quota")).isTrue();
    }
}
