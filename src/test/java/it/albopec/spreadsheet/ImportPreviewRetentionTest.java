package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import it.albopec.base.ServiceException;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock.MutableClock;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of an import preview that was never applied (the whole sheet: codici fiscali, names, e-mails) are deleted once
 * the configured number of days has passed; the preview can then no longer be applied. Applied imports and recent
 * previews keep theirs.
 */
@AlboPecTest
class ImportPreviewRetentionTest {

    static final LocalDate REGISTERED = LocalDate.of(2013, 5, 20);

    @Autowired ImportService imports;
    @Autowired ImportPreviewRetention retention;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired Clock appClock;
    @Autowired SignIn signIn;
    @TempDir Path dir;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void previewsNeverAppliedLoseTheirRowsAfterTheRetentionPeriod() throws Exception {
        signIn.as("admin.po");
        clock.advance(Duration.ofDays(-31));
        long forgotten = preview("vecchia.xlsx", "Ritenuti", "Alba");
        long applied = preview("applicata.xlsx", "Ritenuti", "Bruno");
        imports.apply(applied, true, ImportProgress.NONE);
        clock.reset();
        long recent = preview("recente.xlsx", "Ritenuti", "Carla");
        int forgottenRows = rows(forgotten);
        assertThat(forgottenRows).isPositive();

        assertThat(new ImportPreviewRetention(jdbc, appClock, 60).purge()).as("kept for 60 days when so configured").isZero();
        assertThat(rows(forgotten)).isPositive();

        assertThat(retention.purge()).isGreaterThanOrEqualTo(forgottenRows);
        assertThat(rows(forgotten)).isZero();
        assertThat(imports.get(forgotten).status()).isEqualTo(ImportStatus.CANCELLED);
        assertThatThrownBy(() -> imports.apply(forgotten, true, ImportProgress.NONE))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.error.notPreviewed"));

        assertThat(rows(applied)).as("an applied import keeps its record").isPositive();
        assertThat(rows(recent)).as("a recent preview is kept").isPositive();
        assertThat(imports.get(recent).status()).isEqualTo(ImportStatus.PREVIEWED);

        assertThat(retention.purge()).as("a second run finds nothing left").isZero();
    }

    private long preview(String name, String surname, String givenName) throws Exception {
        Object[] row = SheetFiles.row(TestMembers.physician(surname, givenName, REGISTERED));
        Path file = SheetFiles.xlsx(dir, name, SheetFiles.HEADERS, List.<Object[]>of(row));
        UploadedWorkbook workbook = imports.open(file, name);
        SheetLayout layout = imports.layout(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER);
        return imports.preview(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER, layout.mapping(), ImportProgress.NONE);
    }

    private int rows(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_row WHERE run_id = ?", Integer.class, runId);
    }
}
