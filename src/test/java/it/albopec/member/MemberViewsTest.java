package it.albopec.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.audit.AuditEntry;
import it.albopec.audit.ui.AuditView;
import it.albopec.member.ui.MemberDetailView;
import it.albopec.member.ui.MemberListView;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class MemberViewsTest extends UiTest {

    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin.po")
    void anAdminFindsMembersBySurnamePrefixAndByCodiceFiscale() {
        MemberDetails someone = members.find(MemberFilter.none(), Pageable.ofSize(1)).getFirst();
        navigate(MemberListView.class);
        Grid<MemberDetails> grid = grid();
        int all = test(grid).size();

        String prefix = someone.surname().substring(0, 3);
        test(search()).setValue(prefix);
        int found = test(grid).size();
        assertThat(found).isPositive().isLessThan(all);
        for (int i = 0; i < found; i++) {
            MemberDetails row = test(grid).getRow(i);
            assertThat(row.surname().toLowerCase().startsWith(prefix.toLowerCase()) || row.givenName().toLowerCase().startsWith(prefix.toLowerCase()))
                    .as(row.surname() + " " + row.givenName()).isTrue();
        }

        test(search()).setValue(someone.fiscalCode().toLowerCase());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(someone.id());
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("member-count").single().getText())
                .isEqualTo("Un iscritto trovato");
    }

    @Test
    @WithUserDetails("admin.po")
    void anAdminOpensAMemberChangesItAndSeesTheAuditEntry() {
        MemberDetails member = members.create(MemberForms.medico("D'Angelo", "Niccolò", false, LocalDate.of(1979, 9, 21), "G999", "9101"));
        navigate(MemberListView.class);
        test(search()).setValue(member.fiscalCode());
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(MemberDetailView.class);

        test($(Button.class).withText("Modifica dati").single()).click();
        test($(TextField.class).withCaption("Telefono").single()).setValue("0574 123456");
        test($(Button.class).withText("Salva").single()).click();
        assertThat(members.get(member.id()).phone()).isEqualTo("0574 123456");

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> onDetail = $(Grid.class).all().stream().filter(g -> g.getColumnByKey("changes") != null).findFirst().orElseThrow();
        AuditEntry latest = test(onDetail).getRow(0);
        assertThat(latest.action()).isEqualTo("changed");
        assertThat(latest.changes()).extracting("field", "oldValue", "newValue").containsExactly(
                org.assertj.core.groups.Tuple.tuple("phone", null, "0574 123456"));

        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> type = $(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Tipo di dato").single();
        test(type).selectItem("Iscritto");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> log = $(Grid.class).single();
        AuditEntry newest = test(log).getRow(0);
        assertThat(newest.entityId()).isEqualTo(member.id());
        assertThat(newest.username()).isEqualTo("admin.po");
        assertThat(newest.changes()).extracting("field").containsExactly("phone");
        assertThat(test(log).getCellText(0, test(log).getColumnPosition("action"))).isEqualTo("Modifica");
    }

    @Test
    @WithUserDetails("admin.po")
    void aStatusActionIsAppliedFromTheRecord() {
        MemberDetails member = members.create(MemberForms.medico("Dall'Olio", "Noemi", true, LocalDate.of(1984, 2, 29), "G999", "9102"));
        navigate(MemberDetailView.class, member.id());
        test($(Button.class).withText("Cancella dall'albo").single()).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).withCaption("Motivo").single()).setValue("Su richiesta dell'iscritta");
        test($(Button.class).withText("Conferma").single()).click();
        assertThat(members.get(member.id()).status()).isEqualTo(MemberStatus.STRUCK_OFF);
        assertThat($(Button.class).withText("Reintegra").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("admin.po")
    void aPratoAdminOpeningAFoggiaMemberGetsNotFound() {
        Long foggia = jdbc.queryForObject("SELECT MIN(m.id) FROM member m JOIN medical_order o ON o.id = m.order_id WHERE o.province_code = 'FG'",
                Long.class);
        boolean opened;
        try {
            UI.getCurrent().navigate("members/" + foggia);
            opened = getCurrentView() instanceof MemberDetailView;
        } catch (RuntimeException notFound) {
            opened = false;
        }
        assertThat(opened).isFalse();
    }

    @Test
    @WithUserDetails("finance.po")
    void financeReadsARecordWithoutAnyButtonToChangeIt() {
        navigate(MemberListView.class);
        assertThat($(Button.class).withText("Nuovo iscritto").all()).isEmpty();
        MemberDetails someone = test(grid()).getRow(0);
        navigate(MemberDetailView.class, someone.id());
        assertThat($(Button.class).withText("Modifica dati").all()).isEmpty();
        assertThat($(Button.class).withText("Sospendi").all()).isEmpty();
        assertThat($(Grid.class).all()).noneMatch(g -> g.getColumnByKey("changes") != null);
    }

    @Test
    @WithUserDetails("admin.po")
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheRecordReloaded() {
        MemberDetails member = members.create(MemberForms.medico("Pichler", "Verena", true, LocalDate.of(1988, 4, 12), "A952", "9103"));
        navigate(MemberDetailView.class, member.id());
        test($(Button.class).withText("Modifica dati").single()).click();

        // meanwhile a colleague changes the phone
        var colleague = MemberForm.of(member);
        colleague.setPhone("0471 999999");
        members.update(member.id(), member.version(), colleague);

        test($(TextField.class).withCaption("Telefono").single()).setValue("0471 111111");
        test($(Button.class).withText("Salva").single()).click();
        assertThat(lastNotification()).startsWith("Un altro utente ha modificato questi dati nel frattempo");
        assertThat(members.get(member.id()).phone()).isEqualTo("0471 999999");
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("member-phone").single().getText()).isEqualTo("0471 999999");
    }

    @Test
    @WithUserDetails("admin.po")
    void theEditorExplainsInTheUsersLanguageAndFillsFromTheCode() {
        navigate(MemberListView.class);
        test($(Button.class).withText("Nuovo iscritto").single()).click();
        var code = $(TextField.class).withCaption("Codice fiscale").single();
        test(code).setValue("DNGNCL75C14G999A");
        assertThat(code.getErrorMessage()).startsWith("Il carattere di controllo (l'ultimo) del codice fiscale DNGNCL75C14G999A è errato");
        test(code).setValue("dngncl75c14g999c");
        test($(Button.class).withText("Compila dal codice fiscale").single()).click();
        ComboBox<Birthplace> birthplace = birthplaceField();
        assertThat(birthplace.getValue().code()).isEqualTo("G999");
        assertThat(birthplace.getValue().label()).isEqualTo("Prato (PO)");
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class).withCaption("Data di nascita").single().getValue())
                .isEqualTo(LocalDate.of(1975, 3, 14));
    }

    @Test
    @WithUserDetails("admin.po")
    void theEditorTakesTheBirthplaceByNameAsPeopleWriteIt() {
        navigate(MemberListView.class);
        test($(Button.class).withText("Nuovo iscritto").single()).click();
        ComboBox<Birthplace> birthplace = birthplaceField();
        var combo = new ComboBoxTester<>(birthplace);
        combo.setFilter("bozen");
        assertThat(combo.getSuggestions().getFirst()).isEqualTo("Bolzano/Bozen (BZ)");
        combo.setFilter("sant agata de");
        assertThat(combo.getSuggestions()).contains("Sant'Agata de' Goti (BN)");

        // typed and not picked: the one place it names
        typeBirthplace(birthplace, "FORLI'");
        assertThat(birthplace.getValue().label()).isEqualTo("Forlì (FC)");
        typeBirthplace(birthplace, "Stati Uniti d'America");
        assertThat(birthplace.getValue().code()).isEqualTo("Z404");
        typeBirthplace(birthplace, "Atlantide");
        assertThat(birthplace.isInvalid()).isTrue();
        assertThat(birthplace.getErrorMessage()).startsWith("«Atlantide» non è un comune italiano");

        // a name several comuni share: the codice fiscale picks, or says what it indicates
        var code = $(TextField.class).withCaption("Codice fiscale").single();
        test(code).setValue(it.kamaladafrica.codicefiscale.CodiceFiscale.of(it.kamaladafrica.codicefiscale.Person.builder()
                .lastname("Rossi").firstname("Anna").isFemale(true).birthDate(LocalDate.of(1980, 5, 17))
                .city(it.kamaladafrica.codicefiscale.city.CityProvider.ofDefault().findByBelfiore("M261")).build()).getValue());
        typeBirthplace(birthplace, "CASTRO");
        assertThat(birthplace.getValue().label()).isEqualTo("Castro (LE)");
        typeBirthplace(birthplace, "Carmignano");
        assertThat(birthplace.isInvalid()).isTrue();
        assertThat(birthplace.getErrorMessage()).isEqualTo("Il luogo di nascita «Carmignano» non corrisponde al codice fiscale "
                + code.getValue() + ": il codice fiscale indica Castro (LE).");
    }

    @Test
    @WithUserDetails("admin.po")
    void theRegisterShowsTheBirthplaceByName() {
        var form = MemberForms.medico("Bartolini", "Gemma", true, LocalDate.of(1981, 4, 2), "B794", "9103");
        form.setBirthplace("carmignano");
        form.setBirthplaceProvince("PO");
        MemberDetails member = members.create(form);
        assertThat(member.birthplaceCode()).isEqualTo("B794");
        navigate(MemberListView.class);
        test(search()).setValue(member.fiscalCode());
        assertThat(grid().getColumnByKey("birthplace").isVisible()).isTrue();
        var visible = grid().getColumns().stream().filter(Grid.Column::isVisible).toList();
        assertThat(test(grid()).getCellText(0, visible.indexOf(grid().getColumnByKey("birthplace")))).isEqualTo("Carmignano (PO)");
        test(grid()).clickRow(0);
        assertThat($(com.vaadin.flow.component.html.Span.class).all().stream().map(com.vaadin.flow.component.html.Span::getText))
                .anyMatch(t -> t.startsWith("Carmignano (PO)"));
    }

    private void typeBirthplace(ComboBox<Birthplace> field, String text) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(field,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(field, true, text));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Birthplace> birthplaceField() {
        return $(ComboBox.class).withCaption("Luogo di nascita").single();
    }

    @Test
    @WithUserDetails("finance.po")
    void theDashboardShowsMembersPerStatus() {
        navigate(it.albopec.base.ui.DashboardView.class);
        var titles = $(com.vaadin.flow.component.html.Span.class).withClassName("tile-title").all().stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList();
        assertThat(titles).contains("Iscritti attivi", "Iscritti sospesi", "Iscritti cancellati");
    }

    @Test
    @WithUserDetails("finance.po")
    void theColumnChooserShowsAndHidesColumns() {
        navigate(MemberListView.class);
        Grid<MemberDetails> grid = grid();
        assertThat(grid.getColumnByKey("phone").isVisible()).isFalse();
        var chooser = new com.vaadin.flow.component.menubar.MenuBarTester<>($(com.vaadin.flow.component.menubar.MenuBar.class).single());
        // the menu lists the columns in the grid's order
        chooser.clickItem(0, grid.getColumns().indexOf(grid.getColumnByKey("phone")));
        assertThat(grid.getColumnByKey("phone").isVisible()).isTrue();
        assertThat(chooser.isItemChecked(0, grid.getColumns().indexOf(grid.getColumnByKey("phone")))).isTrue();
        chooser.clickItem(0, grid.getColumns().indexOf(grid.getColumnByKey("email")));
        assertThat(grid.getColumnByKey("email").isVisible()).isFalse();
    }

    private String lastNotification() {
        return $(com.vaadin.flow.component.notification.Notification.class).last().getElement().getProperty("text");
    }

    @SuppressWarnings("unchecked")
    private Grid<MemberDetails> grid() {
        return $(Grid.class).single();
    }

    private TextField search() {
        return $(TextField.class).withCaption("Cerca").single();
    }
}
