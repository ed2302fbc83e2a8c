package it.albopec.spreadsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.spreadsheet.ImportRowDetails;
import it.albopec.spreadsheet.ImportService;
import it.albopec.spreadsheet.SheetFiles;
import it.albopec.testsupport.TestMembers;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The secretary's flow: upload, check the columns, preview, skip the invalid row, apply. */
class ImportViewTest extends UiTest {

    @Autowired MemberService members;
    @Autowired ImportService imports;
    @Autowired it.albopec.mailbox.MailboxService mailboxes;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @TempDir Path dir;

    @Test
    @WithUserDetails("admin.po")
    void uploadPreviewAndApply() throws Exception {
        MemberForm good = TestMembers.physician("Pagliai", "Elio", LocalDate.of(2015, 9, 1));
        MemberForm bad = TestMembers.physician("Querci", "Fosca", LocalDate.of(2015, 9, 1));
        Object[] badRow = SheetFiles.row(bad);
        badRow[3] = "?";
        Path file = SheetFiles.xlsx(dir, "upload.xlsx", SheetFiles.HEADERS, List.of(SheetFiles.row(good), badRow));

        // the page as the router builds it, but with the background work run in the test's thread
        ImportView view = new ImportView(imports, Runnable::run, members);
        UI.getCurrent().add(view);
        view.received("albo-settembre.xlsx", file);
        test($(Button.class).withText("Anteprima (nessuna modifica)").single()).click();

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("nuove 1").contains("non valide 1"));
        @SuppressWarnings("unchecked")
        Grid<ImportRowDetails> rows = $(Grid.class).withClassName("import-rows").single();
        assertThat(test(rows).size()).isEqualTo(1); // the invalid rows are shown first
        assertThat(test(rows).getCellText(0, 4)).contains("Colonna D (Sesso)").contains("«?» non è un sesso riconosciuto");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Scarica righe non valide (.xlsx)");
        assertThat(members.findByFiscalCode(good.getFiscalCode())).isEmpty();

        // a single invalid row blocks the import unless the secretary chooses to skip it
        assertThat($(Button.class).withText("Applica all'albo").single().isEnabled()).isFalse();
        assertThat($(Paragraph.class).withClassName("import-blocked").single().getText()).contains("1 righe non valide");
        test($(Checkbox.class).single()).click();
        test($(Button.class).withText("Applica all'albo").single()).click();

        assertThat(members.findByFiscalCode(good.getFiscalCode())).isPresent();
        assertThat(members.findByFiscalCode(bad.getFiscalCode())).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<it.albopec.spreadsheet.ImportRunDetails> history = $(Grid.class).withoutClassName("import-rows").all().stream()
                .filter(g -> g.getClassNames().contains("import-history")).findFirst().orElseThrow();
        assertThat(test(history).getCellText(0, 2)).isEqualTo("albo-settembre.xlsx");
        assertThat(test(history).getCellText(0, 6)).startsWith("Applicata");
    }

    @Test
    @WithUserDetails("admin.po")
    void aWorkbookWithAHeaderAndNoDataSaysSoBeforeThePreview() throws Exception {
        Path file = SheetFiles.xlsx(dir, "solo-intestazione.xlsx", SheetFiles.HEADERS, List.of());
        ImportView view = new ImportView(imports, Runnable::run, members);
        UI.getCurrent().add(view);
        view.received("solo-intestazione.xlsx", file);

        var notice = $(com.vaadin.flow.component.html.Span.class).withClassName("import-header-only").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("Il foglio «Albo» ha la riga di intestazione ma nessuna riga di dati: non c'è nulla da importare. "
                + "Scelga un altro foglio o carichi il file con gli iscritti.");
        assertThat($(Button.class).withText("Anteprima (nessuna modifica)").single().isEnabled()).isFalse();
    }

    /**
     * A provider's list: a struck-off member's row opens nothing and tells the secretary to have the mailbox closed, the
     * members whose mailbox the provider does not list are shown by name, and the button speaks of mailboxes.
     */
    @Test
    @WithUserDetails("admin.po")
    void aProvidersListShowsWhoLeftAndWhoIsMissingByName() throws Exception {
        LocalDate activated = LocalDate.now(java.time.ZoneId.of("Europe/Rome")).minusMonths(3);
        long left = members.create(TestMembers.physician("Uscito", "Ugo", LocalDate.of(2012, 1, 1))).id();
        jdbc.update("UPDATE member SET status = 'STRUCK_OFF', status_date = ? WHERE id = ?", java.sql.Date.valueOf(activated), left);
        long missing = members.create(TestMembers.physician("Mancante", "Maria", LocalDate.of(2012, 1, 1))).id();
        String missingCode = members.get(missing).fiscalCode();
        mailboxes.reconcileFromProvider(List.of(new it.albopec.mailbox.ProviderMailbox(missingCode, "maria.mancante@pec.omceo.it",
                activated, activated.plusMonths(36), false)), true);
        MemberForm newcomer = TestMembers.physician("Arrivato", "Aldo", LocalDate.of(2012, 1, 1));
        long arrived = members.create(newcomer).id();
        List<String> headers = List.of("Codice fiscale", "Cognome", "Nome", "Indirizzo PEC", "Data attivazione", "Data scadenza", "Stato");
        Path file = SheetFiles.xlsx(dir, "gestore.xlsx", headers, List.of(
                new Object[] {members.get(left).fiscalCode(), "Uscito", "Ugo", "ugo.uscito@pec.omceo.it", activated, activated.plusMonths(36), "attiva"},
                new Object[] {members.get(arrived).fiscalCode(), "Arrivato", "Aldo", "aldo.arrivato@pec.omceo.it", activated, activated.plusMonths(36), "attiva"}));

        ImportView view = new ImportView(imports, Runnable::run, members);
        UI.getCurrent().add(view);
        test($(com.vaadin.flow.component.select.Select.class).withCaption("Contenuto del file").single())
                .selectItem("Elenco caselle PEC del gestore");
        view.received("gestore.xlsx", file);
        test($(Button.class).withText("Anteprima (nessuna modifica)").single()).click();

        @SuppressWarnings("unchecked")
        Grid<ImportRowDetails> rows = $(Grid.class).withClassName("import-rows").single();
        assertThat(java.util.stream.IntStream.range(0, test(rows).size()).mapToObj(i -> test(rows).getCellText(i, 4)))
                .anyMatch(t -> t.contains("Il gestore tiene ancora attiva una casella per un iscritto che ha lasciato l'Ordine (cancellato dall'albo): chieda al gestore di chiuderla"));
        @SuppressWarnings("unchecked")
        Grid<Object> unknown = $(Grid.class).withClassName("unknown-to-provider").single();
        assertThat(java.util.stream.IntStream.range(0, test(unknown).size()).mapToObj(i -> test(unknown).getCellText(i, 0) + " "
                + test(unknown).getCellText(i, 1) + " " + test(unknown).getCellText(i, 2)))
                .contains("Mancante Maria " + missingCode);
        assertThat($(Button.class).withText("Applica all'albo").all()).isEmpty();
        test($(Button.class).withText("Aggiorna le caselle PEC").single()).click();

        assertThat(mailboxes.ofMember(left)).as("no mailbox for a member who left").isEmpty();
        assertThat(mailboxes.ofMember(arrived)).singleElement().extracting(it.albopec.mailbox.MailboxDetails::state)
                .isEqualTo(it.albopec.mailbox.MailboxState.ACTIVE);
    }
}
