package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import it.albopec.base.ui.DashboardView;
import it.albopec.mailbox.ui.MailboxesView;
import it.albopec.mailbox.ui.PreloadListsView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The secretariat's mailbox page: filters, the steps on the selected mailboxes, and FINANCE reading only. */
class MailboxesViewTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired MailboxFixtures fixtures;
    @org.springframework.beans.factory.annotation.Autowired MailboxService mailboxes;
    @org.springframework.beans.factory.annotation.Autowired PreloadLists lists;
    @org.springframework.beans.factory.annotation.Autowired it.albopec.testsupport.TestClock.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Bolzano: "di norma 2/3 giorni" after a bollettino; ten days later the mailbox is flagged so the Order calls Aruba. */
    @Test
    @WithUserDetails("admin.bz")
    void aBollettinoWaitingTenDaysIsOverdueOnTheDashboardAndInTheFilteredList() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        java.time.LocalDate requested = today.minusDays(10);
        long member = fixtures.member("Ritardo", "Renate", today.minusYears(9));
        clock.setToday(requested);
        lists.send(requested);
        MailboxDetails box = mailboxes.ofMember(member).getFirst();
        mailboxes.apply(box.id(), box.version(), new MailboxCommand.RecordRequest(requested, it.albopec.convention.PaymentMethod.BOLLETTINO,
                false, null, null, null));
        clock.reset();

        navigate(DashboardView.class);
        assertThat($(Span.class).withClassName("tile-title").all().stream().map(Span::getText))
                .contains("Attivazioni in ritardo: sentire il gestore");
        openWithQuery("overdue");
        assertThat($(Checkbox.class).withCaption("Attivazione in ritardo").single().getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<MailboxRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        boolean found = false;
        for (int i = 0; i < test(grid).size(); i++) {
            MailboxRow row = test(grid).getRow(i);
            assertThat(row.activationOverdue()).isTrue();
            if (row.memberId() == member) {
                found = true;
                assertThat(row.activationExpectedOn()).isEqualTo(requested.plusDays(3));
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    @WithUserDetails("admin.po")
    void pratoRecordsTheTestMessagesThatArrivedForTheSelectedMailboxes() {
        navigate(MailboxesView.class);
        test($(Checkbox.class).withCaption("Manca il messaggio di prova").single()).click();
        @SuppressWarnings("unchecked")
        Grid<MailboxRow> grid = $(Grid.class).single();
        int missing = test(grid).size();
        assertThat(missing).as("the demo data leaves some test messages missing").isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).testMessageMissing()).isTrue();
        }

        grid.asMultiSelect().select(test(grid).getRow(0), test(grid).getRow(1));
        test($(Button.class).withText("Messaggio di prova ricevuto").single()).click();
        test($(Button.class).withText("Registra").single()).click();

        ConfirmDialog outcome = $(ConfirmDialog.class).last();
        assertThat(outcome.getElement().getTextRecursively()).contains("Registrate: 2");
        assertThat(test(grid).size()).isEqualTo(missing - 2);
    }

    @Test
    @WithUserDetails("admin.bz")
    void theDashboardFigureOfMailboxesAtRiskOpensTheFilteredList() {
        openWithQuery("risk");
        assertThat($(Checkbox.class).withCaption("A rischio").single().getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<MailboxRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < Math.min(20, test(grid).size()); i++) {
            assertThat(test(grid).getRow(i).lapseDate()).isPresent();
        }
        assertThat($(Span.class).withText(test(grid).size() + " iscritti").exists()).isTrue();
    }

    @Test
    @WithUserDetails("finance.fg")
    void financeReadsTheMailboxesButRecordsNothing() {
        navigate(MailboxesView.class);
        assertThat($(Button.class).withText("Rinnovo").exists()).isFalse();
        assertThat($(Grid.class).single().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
        navigate(PreloadListsView.class);
        assertThat($(Button.class).withText("Registra l'invio di una nuova lista").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin.fg")
    void theDashboardShowsWhatExpiresAndWhoHasNoValidPec() {
        navigate(DashboardView.class);
        var titles = $(Span.class).withClassName("tile-title").all().stream().map(Span::getText).toList();
        assertThat(titles).contains("In scadenza entro 30 giorni", "Caselle a rischio di decadenza", "Iscritti senza PEC valida",
                "Iscritti non ancora nella lista al gestore");
        assertThat($(com.vaadin.flow.component.Svg.class).exists()).as("chart of states").isTrue();
    }

    @Test
    @WithUserDetails("admin.po")
    void aWrongFilterInTheAddressShowsTheUnfilteredList() {
        openWithQuery("within=abc&state=NOPE");
        @SuppressWarnings("unchecked")
        Grid<MailboxRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
    }

    private void openWithQuery(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("mailboxes", com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(MailboxesView.class);
    }
}
