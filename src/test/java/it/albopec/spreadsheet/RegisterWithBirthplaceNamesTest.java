package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import it.albopec.base.FiscalCode;
import it.albopec.base.ModuleTranslations;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A register as an Order's secretary keeps it (issue 11): Italian headers, dates typed as text, names in mixed case,
 * the birthplace by NAME with a province column — homonyms, accents and apostrophes, German names of South Tyrol,
 * merged comuni, foreign countries, omocodic codici fiscali. Every valid row imports; every invalid row is refused
 * with its reason, in its column.
 */
@AlboPecTest
class RegisterWithBirthplaceNamesTest {

    static final List<String> HEADERS = List.of("Cognome", "Nome", "Sesso", "Data di nascita", "Comune di nascita", "Provincia",
            "Codice fiscale", "Sezione", "Numero iscrizione", "Data iscrizione", "E-mail");
    static final int BIRTHPLACE = 4;
    static final int PROVINCE = 5;
    static final int CODE = 6;

    /** One row of the register and what must become of it: the Belfiore code stored, or the refusal and its words. */
    record Row(String surname, String givenName, String sex, String born, String place, String province, String code,
               String stored, String refusal, int column, String says) {

        static Row valid(String surname, String givenName, String sex, String born, String place, String province, String code,
                         String stored) {
            return new Row(surname, givenName, sex, born, place, province, code, stored, null, -1, null);
        }

        static Row invalid(String surname, String givenName, String sex, String born, String place, String province, String code,
                           String refusal, int column, String says) {
            return new Row(surname, givenName, sex, born, place, province, code, null, refusal, column, says);
        }
    }

    // codici fiscali written out as the Agenzia delle Entrate gives them; the omocodic ones replace digits from the right
    // (L=0 M=1 N=2 P=3 Q=4 R=5 S=6 T=7 U=8 V=9) and carry the check character of the substituted code
    static final List<Row> REGISTER = List.of(
            Row.valid("Bartolini", "Giulia", "F", "12/03/1975", "Carmignano", "PO", "BRTGLI75C52B794S", "B794"),
            Row.valid("CECCHI", "MARCO", "M", "01/07/1968", "PRATO", "PO", "CCCMRC68L01G999O", "G999"),
            Row.valid("Lastrucci", "Elena", "f", "23/11/1982", "prato", null, "LSTLNE82S63G999S", "G999"),
            Row.valid("Bianchi", "Luca", "M", "05/05/1979", "Forlì", "FC", "BNCLCU79E05D704B", "D704"),
            Row.valid("Romagnoli", "Sara", "F", "14/02/1985", "FORLI'", "Forlì-Cesena", "RMGSRA85B54D704Y", "D704"),
            Row.valid("Esposito", "Gennaro", "M", "30/09/1971", "Sant'Agata de' Goti", "BN", "SPSGNR71P30I197L", "I197"),
            Row.valid("IANNACE", "Teresa", "F", "08/08/1977", "SANT AGATA DE GOTI", "Benevento", "NNCTRS77M48I197A", "I197"),
            Row.valid("Gruber", "Thomas", "M", "19/04/1980", "Bozen", "BZ", "GRBTMS80D19A952K", "A952"),
            Row.valid("Pichler", "Anna", "F", "02/12/1983", "Brixen", null, "PCHNNA83T42B160E", "B160"),
            Row.valid("Mair", "Stefan", "Maschio", "27/06/1974", "Meran", "Bozen", "MRASFN74H27F132U", "F132"),
            Row.valid("Castelli", "Rocco", "M", "11/01/1966", "Castro", "LE", "CSTRCC66A11M261D", "M261"),
            Row.valid("Castelli", "Rosa", "F", "17/10/1969", "CASTRO", "BG", "CSTRSO69R57C337H", "C337"),
            Row.valid("Müller", "Jonas", "M", "04/03/1988", "Germania", "EE", "MLLJNS88C04Z112W", "Z112"),
            Row.valid("Keller", "Laura", "F", "21/09/1990", "Svizzera", null, "KLLLRA90P61Z133X", "Z133"),
            Row.valid("Smith", "John", "M", "15/05/1981", "Stati Uniti d'America", "EE", "SMTJHN81E15Z404H", "Z404"),
            Row.valid("Rossi", "Mario", "M", "01/01/1980", "carmignano", "Prato", "RSSMRA80A01B79QH", "B794"),
            Row.valid("Hofer", "Maria", "F", "09/09/1979", "BOLZANO", "Bolzano", "HFRMRA79P49AVRNV", "A952"),
            Row.valid("Innocenti", "Pietro", "M", "03/04/1972", "Castelfranco di Sopra", "AR", "NNCPTR72D03C112V", "C112"),
            Row.valid("Nenci", "Chiara", "F", "26/06/1976", "Porretta Terme", "BO", "NNCCHR76H66A558Q", "A558"),
            Row.valid("Schulz", "Petra", "F", "13/07/1975", "Repubblica Democratica Tedesca", "EE", "SCHPTR75L53Z111L", "Z111"),
            Row.valid("Bernasconi", "Marco", "M", "22/02/1984", "Zurigo", "Svizzera", "BRNMRC84B22Z133U", "Z133"),
            Row.valid("Fioravanti", "Lisa", "F", "18/12/1986", "Prato (PO)", null, "FRVLSI86T58G99VY", "G999"),
            Row.valid("Sarti", "Laura", "F", "10/10/1980", "G999", null, "SRTLRA80R50G999W", "G999"),
            Row.invalid("Ciardi", "Paolo", "M", "07/10/1973", "Prato", "PO", "CRDPLA73R07B794Z",
                    "member.birthplace.mismatch", BIRTHPLACE, "il codice fiscale indica Carmignano (PO)"),
            Row.invalid("Vannucci", "Aldo", "M", "06/06/1965", "Castro", "BG", "VNNLDA65H06M261G",
                    "member.birthplace.mismatch", BIRTHPLACE, "il codice fiscale indica Castro (LE)"),
            Row.invalid("Pacini", "Sonia", "F", "29/01/1970", "Atlantide", null, "PCNSNO70A69B794C",
                    "member.birthplace.unknown", BIRTHPLACE, "«Atlantide» non è un comune italiano"),
            Row.invalid("Ferri", "Anna", "F", "11/11/1981", "Carmignano", "XX", "FRRNNA81S51B794O",
                    "member.birthplace.unknownProvince", PROVINCE, "«XX» non è una provincia conosciuta"),
            Row.invalid("Guasti", "Enzo", "M", "04/05/1977", "Prato", "PO", "GSTNZE77E04G999F",
                    "fiscalCode.error.checkCharacter", CODE, "Il carattere di controllo"),
            Row.invalid("Rossi", "Ivana", "F", "15/08/1983", "Prato", "PO", "LTTVNI83M55G999T",
                    "fiscalCode.mismatch.surname", 0, "Il cognome non corrisponde"),
            Row.invalid("Bartolini", "Giulia", "F", "12/03/1975", "Carmignano", "PO", "BRTGLI75C52B794S",
                    "spreadsheet.error.duplicateInFile", CODE, "BRTGLI75C52B794S"),
            Row.invalid("Meoni", "Carlo", "M", "20/03/1978", null, "PO", "MNECRL78C20G999V",
                    "spreadsheet.error.required", BIRTHPLACE, "dato obbligatorio mancante"),
            Row.invalid("Biagini", "Rita", "F", "30/02/1980", "Prato", "PO", "BGNRTI80B41G999P",
                    "spreadsheet.error.date", 3, "30/02/1980"),
            Row.invalid("Weber", "Karl", "M", "05/10/1982", "Germania", "EE", "WBRKRL82R05Z133H",
                    "member.birthplace.mismatch", BIRTHPLACE, "il codice fiscale indica Svizzera"),
            Row.invalid("Thaler", "Eva", "F", "12/12/1984", "Brixen", "BZ", "THLVEA84T5NAVRNI",
                    "member.birthplace.mismatch", BIRTHPLACE, "il codice fiscale indica Bolzano/Bozen (BZ)"));

    @Autowired ImportService imports;
    @Autowired MemberService members;
    @Autowired ModuleTranslations translations;
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

    @Test
    void theOmocodicCodesOfTheRegisterAreRealOnes() {
        for (String omocodic : List.of("RSSMRA80A01B79QH", "HFRMRA79P49AVRNV", "FRVLSI86T58G99VY", "THLVEA84T5NAVRNI")) {
            FiscalCode code = FiscalCode.parse(omocodic);
            assertThat(code.isOmocode()).as(omocodic).isTrue();
            assertThat(FiscalCode.checkCharacter(omocodic)).as(omocodic).isEqualTo(omocodic.charAt(15));
        }
        assertThat(FiscalCode.parse("HFRMRA79P49AVRNV").birthplaceCode()).isEqualTo("A952");
        assertThat(FiscalCode.parse("THLVEA84T5NAVRNI").withoutOmocode()).startsWith("THLVEA84T52A952");
    }

    @Test
    void everyValidRowImportsAndEveryInvalidRowIsRefusedWithItsReason() throws Exception {
        var cells = new ArrayList<Object[]>();
        int n = 0;
        for (Row r : REGISTER) {
            cells.add(new Object[] {r.surname(), r.givenName(), r.sex(), r.born(), r.place(), r.province(), r.code(), "Medici Chirurghi",
                    String.valueOf(7100 + n++), "15/09/2005", r.surname().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + n + "@example.org"});
        }
        Path file = SheetFiles.xlsx(dir, "Albo iscritti 2026.xlsx", HEADERS, cells);
        UploadedWorkbook workbook = imports.open(file, file.getFileName().toString());
        SheetLayout layout = imports.layout(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER);
        assertThat(layout.mapping()).containsEntry(BIRTHPLACE, ImportField.BIRTHPLACE).containsEntry(PROVINCE, ImportField.PROVINCE);
        long runId = imports.preview(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER, layout.mapping(), ImportProgress.NONE);

        Map<Integer, ImportRowDetails> bySheetRow = imports.rows(runId, null, 0, 100).stream()
                .collect(Collectors.toMap(ImportRowDetails::sheetRow, r -> r));
        for (int i = 0; i < REGISTER.size(); i++) {
            Row expected = REGISTER.get(i);
            ImportRowDetails row = bySheetRow.get(i + 2);
            String as = "sheet row " + (i + 2) + " " + expected.surname() + " " + expected.place() + " " + row.problems();
            if (expected.refusal() == null) {
                assertThat(row.outcome()).as(as).isEqualTo(ImportRowOutcome.NEW);
            } else {
                assertThat(row.outcome()).as(as).isEqualTo(ImportRowOutcome.INVALID);
                ImportProblem problem = row.problems().stream().filter(p -> p.key().equals(expected.refusal())).findFirst().orElseThrow(
                        () -> new AssertionError(as + ": no " + expected.refusal()));
                assertThat(problem.column()).as(as).isEqualTo(expected.column());
                assertThat(translations.getTranslation(problem.key(), Locale.ITALIAN, problem.args().toArray())).as(as).contains(expected.says());
            }
        }
        long valid = REGISTER.stream().filter(r -> r.refusal() == null).count();
        ImportRunDetails run = imports.get(runId);
        assertThat(run.created()).isEqualTo((int) valid);
        assertThat(run.invalid()).isEqualTo(REGISTER.size() - (int) valid);

        ImportRunDetails applied = imports.apply(runId, true, ImportProgress.NONE);
        assertThat(applied.status()).isEqualTo(ImportStatus.APPLIED);
        for (Row r : REGISTER) {
            if (r.refusal() == null) {
                MemberDetails member = members.findDetailsByFiscalCode(r.code()).orElseThrow(() -> new AssertionError(r.code()));
                assertThat(member.birthplaceCode()).as(r.surname() + " " + r.place()).isEqualTo(r.stored());
            } else if (!r.refusal().equals("spreadsheet.error.duplicateInFile")) {
                assertThat(members.findDetailsByFiscalCode(r.code())).as(r.surname()).isEmpty();
            }
        }
        assertThat(members.findDetailsByFiscalCode("HFRMRA79P49AVRNV").orElseThrow().birthplaceName()).isEqualTo("Bolzano/Bozen");
        assertThat(members.findDetailsByFiscalCode("MLLJNS88C04Z112W").orElseThrow().birthplaceName()).isEqualTo("Germania");
    }
}
