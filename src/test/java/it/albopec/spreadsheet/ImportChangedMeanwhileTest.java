package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import it.albopec.member.MemberDetails;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 16, point 9: the apply never overwrites a colleague's edit made after the dry run. */
@AlboPecTest
class ImportChangedMeanwhileTest {

    @Autowired ImportService imports;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @TempDir Path dir;

    @BeforeEach
    void signInAsPratosAdmin() {
        signIn.as("admin.po");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    long preview(Path file) {
        UploadedWorkbook workbook = imports.open(file, file.getFileName().toString());
        SheetLayout layout = imports.layout(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER);
        return imports.preview(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER, layout.mapping(), ImportProgress.NONE);
    }

    @Test
    void aMemberChangedAfterTheDryRunKeepsTheColleaguesEditAndItsRowSaysSo() throws Exception {
        MemberForm x = ImportServiceTest.person("Meanwhile", "Ugo");
        x.setEmail("ugo@old.it");
        MemberDetails created = members.create(x);
        MemberForm y = ImportServiceTest.person("Meanwhile", "Bice");
        y.setEmail("bice@old.it");
        members.create(y);
        MemberForm fresh = ImportServiceTest.person("Meanwhile", "Nuova");

        Object[] rowX = SheetFiles.row(x);
        rowX[9] = "ugo@file.it";
        Object[] rowY = SheetFiles.row(y);
        rowY[9] = "bice@file.it";
        long runId = preview(SheetFiles.xlsx(dir, "meanwhile.xlsx", SheetFiles.HEADERS, List.of(rowX, rowY, SheetFiles.row(fresh))));
        assertThat(imports.get(runId).changed()).isEqualTo(2);
        assertThat(imports.get(runId).created()).isEqualTo(1);

        // a colleague edits X in the register between the dry run and the apply
        MemberForm edit = MemberForm.of(members.get(created.id()));
        edit.setEmail("ugo@colleague.it");
        members.update(created.id(), members.get(created.id()).version(), edit);

        ImportRunDetails run = imports.apply(runId, false, ImportProgress.NONE);

        assertThat(run.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(run.applied()).isEqualTo(2);
        assertThat(run.changedMeanwhile()).isEqualTo(1);
        assertThat(members.findDetailsByFiscalCode(x.getFiscalCode()).map(MemberDetails::email)).contains("ugo@colleague.it");
        assertThat(members.findDetailsByFiscalCode(y.getFiscalCode()).map(MemberDetails::email)).contains("bice@file.it");
        assertThat(members.findByFiscalCode(fresh.getFiscalCode())).isPresent();
        var rowsOfX = imports.rows(runId, ImportRowOutcome.CHANGED, 0, 10).stream()
                .filter(r -> r.fiscalCode().equals(x.getFiscalCode())).toList();
        assertThat(rowsOfX).singleElement().satisfies(r -> assertThat(r.problems()).extracting("key")
                .containsExactly("spreadsheet.error.changedMeanwhile"));
        assertThat(imports.importsOfMember(x.getFiscalCode())).noneMatch(i -> i.runId() == runId);
    }
}
