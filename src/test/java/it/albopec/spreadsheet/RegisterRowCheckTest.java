package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.albopec.base.FiscalCode;
import it.albopec.member.MemberForm;
import it.albopec.testsupport.TestMembers;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks of a register row that need no database, each reason pinned to the cell the user has to fix. */
class RegisterRowCheckTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static ValidatorFactory validation;
    private static Map<ImportField, Integer> byField;

    @BeforeAll
    static void setUp() {
        validation = Validation.buildDefaultValidatorFactory();
        var layout = SheetLayout.of(new SheetReader.SheetRow(1, SheetFiles.HEADERS, Set.of()), Map.of(), ImportKind.REGISTER);
        byField = new EnumMap<>(ImportField.class);
        layout.mapping().forEach((column, field) -> byField.put(field, column));
    }

    @AfterAll
    static void tearDown() {
        validation.close();
    }

    private static RegisterRowCheck check() {
        return new RegisterRowCheck(validation.getValidator(), byField);
    }

    /** The row as a sheet holds it, in the columns of {@link SheetFiles#HEADERS}. */
    private static SheetReader.SheetRow row(int number, MemberForm m, String... overrides) {
        var cells = new ArrayList<>(Arrays.asList(m.getSurname(), m.getGivenName(), m.getFiscalCode(), m.getSex().name(),
                m.getBirthDate().format(DATE), m.getBirthplaceCode(), "Medici Chirurghi", m.getMediciChirurghiNumber(),
                m.getMediciChirurghiDate().format(DATE), m.getEmail() == null ? "" : m.getEmail()));
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            cells.set(Integer.parseInt(overrides[i]), overrides[i + 1]);
        }
        return new SheetReader.SheetRow(number, cells, Set.of());
    }

    @Test
    void aGoodRowBecomesAFormWithoutProblems() {
        MemberForm m = TestMembers.physician("Pagliai", "Elio", LocalDate.of(2015, 9, 1));

        RegisterRowCheck.Checked checked = check().check(row(2, m));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.valid()).isTrue();
        assertThat(checked.code()).isEqualTo(m.getFiscalCode());
        assertThat(checked.label()).isEqualTo("Pagliai Elio");
        assertThat(checked.form().getMediciChirurghiNumber()).isEqualTo(m.getMediciChirurghiNumber());
        assertThat(checked.form().getBirthDate()).isEqualTo(m.getBirthDate());
    }

    @Test
    void theSameCodeTwiceInAFileIsRefusedAtItsSecondRowNamingTheFirst() {
        MemberForm m = TestMembers.physician("Querci", "Fosca", LocalDate.of(2015, 9, 1));
        RegisterRowCheck check = check();

        List<RegisterRowCheck.Checked> chunk = check.withDuplicates(List.of(check.check(row(2, m)), check.check(row(7, m))), codes -> Map.of());

        assertThat(chunk.get(0).problems()).isEmpty();
        assertThat(chunk.get(1).problems()).containsExactly(new ImportProblem(2, "spreadsheet.error.duplicateInFile", List.of(m.getFiscalCode(), "2")));
        assertThat(chunk.get(1).valid()).isFalse();
        // the first row with the code was stored with an earlier chunk of the same run
        assertThat(check.withDuplicates(List.of(check.check(row(1500, m))), codes -> Map.of(m.getFiscalCode(), 2)).getFirst().problems())
                .containsExactly(new ImportProblem(2, "spreadsheet.error.duplicateInFile", List.of(m.getFiscalCode(), "2")));
    }

    @Test
    void aBrokenConstraintIsReportedAtItsColumnInTheUsersTerms() {
        MemberForm m = TestMembers.physician("Bruni", "Ada", LocalDate.of(2015, 9, 1));

        List<ImportProblem> problems = check().check(row(3, m, "9", "not-an-email")).problems();

        assertThat(problems).containsExactly(new ImportProblem(9, "spreadsheet.error.email", List.of("not-an-email")));
    }

    @Test
    void aSectionNumberTooLongIsPinnedToTheGenericNumberColumnItCameFrom() {
        MemberForm m = TestMembers.physician("Conti", "Bice", LocalDate.of(2015, 9, 1));

        List<ImportProblem> problems = check().check(row(4, m, "7", "1234567890123456789012")).problems();

        assertThat(problems).containsExactly(new ImportProblem(7, "spreadsheet.error.tooLong", List.of("spreadsheet.field.MEDICI_NUMBER", "20")));
    }

    @Test
    void aCodeThatDisagreesWithTheNameIsReportedAtTheNameColumnOnce() {
        MemberForm m = TestMembers.physician("Donati", "Carlo", LocalDate.of(2015, 9, 1));

        List<ImportProblem> problems = check().check(row(5, m, "0", "Verdi")).problems();

        assertThat(problems).containsExactly(new ImportProblem(0, FiscalCode.MISMATCH_SURNAME, List.of(m.getFiscalCode())));
    }

    @Test
    void aMissingRequiredCellIsReportedOnceEvenWhenTheCodeAlsoDisagrees() {
        MemberForm m = TestMembers.physician("Esposito", "Dario", LocalDate.of(2015, 9, 1));

        List<ImportProblem> problems = check().check(row(6, m, "1", "")).problems();

        assertThat(problems).extracting(ImportProblem::column).containsOnly(1);
        assertThat(problems).hasSize(1);
    }

    @Test
    void everyMemberFormPropertyHasItsField() {
        assertThat(ImportField.ofProperty("birthplace")).isEqualTo(ImportField.BIRTHPLACE);
        assertThat(ImportField.ofProperty("birthplaceProvince")).isEqualTo(ImportField.PROVINCE);
        assertThat(ImportField.ofProperty("odontoiatriDate")).isEqualTo(ImportField.ODONTOIATRI_DATE);
        assertThat(ImportField.ODONTOIATRI_DATE.columnIn(Map.of(ImportField.REGISTRATION_DATE, 8))).isEqualTo(8);
        assertThat(ImportField.EMAIL.columnIn(Map.of())).isEqualTo(-1);
    }
}
