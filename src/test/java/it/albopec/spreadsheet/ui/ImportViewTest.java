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
        ImportView view = new ImportView(imports, Runnable::run);
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
}
