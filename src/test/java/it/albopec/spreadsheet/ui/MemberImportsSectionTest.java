package it.albopec.spreadsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.member.ui.MemberDetailView;
import it.albopec.spreadsheet.ImportKind;
import it.albopec.spreadsheet.ImportProgress;
import it.albopec.spreadsheet.ImportService;
import it.albopec.spreadsheet.SheetFiles;
import it.albopec.testsupport.TestMembers;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The member's page shows the imports that changed the member, with the row's before/after and a link to the run. */
class MemberImportsSectionTest extends UiTest {

    @Autowired MemberService members;
    @Autowired ImportService imports;
    @TempDir Path dir;

    @Test
    @WithUserDetails("admin.po")
    void anImportThatChangedTheMemberIsOnTheirPageWithBeforeAndAfterAndALinkToTheRun() throws IOException {
        MemberForm form = TestMembers.physician("Bargellini", "Ugo", LocalDate.of(2010, 5, 3));
        form.setEmail("ugo.bargellini@old.it");
        MemberDetails member = members.create(form);
        MemberDetails untouched = members.create(TestMembers.physician("Cecchi", "Lia", LocalDate.of(2011, 6, 4)));

        navigate(MemberDetailView.class, member.id());
        assertThat($(Div.class).withClassName("member-imports-section").all()).as("no import yet: no section").isEmpty();

        Object[] row = SheetFiles.row(form);
        row[9] = "ugo.bargellini@new.it";
        Path file = SheetFiles.xlsx(dir, "albo-novembre.xlsx", SheetFiles.HEADERS, List.<Object[]>of(row));
        var workbook = imports.open(file, "albo-novembre.xlsx");
        String sheet = workbook.sheets().getFirst();
        long runId = imports.preview(workbook, sheet, ImportKind.REGISTER, imports.layout(workbook, sheet, ImportKind.REGISTER).mapping(),
                ImportProgress.NONE);
        imports.apply(runId, false, ImportProgress.NONE);

        navigate(MemberDetailView.class, member.id());
        Div section = $(Div.class).withClassName("member-imports-section").single();
        assertThat(section.getElement().getTextRecursively()).contains("Import").contains("albo-novembre.xlsx")
                .contains("ugo.bargellini@old.it → ugo.bargellini@new.it");
        assertThat($(Anchor.class, section).single().getHref()).isEqualTo("imports?run=" + runId);

        navigate(MemberDetailView.class, untouched.id());
        assertThat($(Div.class).withClassName("member-imports-section").all()).isEmpty();
    }

    @Test
    @WithUserDetails("finance.po")
    void financeStaffDoNotSeeTheImportsOfAMember() {
        MemberDetails someone = members.findDetailsByFiscalCode(members.find(it.albopec.member.MemberFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().fiscalCode()).orElseThrow();
        navigate(MemberDetailView.class, someone.id());
        assertThat($(Div.class).withClassName("member-imports-section").all()).isEmpty();
    }
}
