package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AlboPecTest
class ImportServiceTest {

    static final LocalDate REGISTERED = LocalDate.of(2012, 4, 17);

    @Autowired ImportService imports;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    @BeforeEach
    void signInAsPratosAdmin() {
        signIn.as("admin.po");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static MemberForm person(String surname, String givenName) {
        return TestMembers.physician(surname, givenName, REGISTERED);
    }

    /** A physician born on the day, for files of many rows (the shared helper's birth dates move on with every person). */
    private static MemberForm bornOn(String surname, String givenName, LocalDate born) {
        var form = new MemberForm();
        form.setSurname(surname);
        form.setGivenName(givenName);
        form.setSex(it.albopec.member.Sex.M);
        form.setBirthDate(born);
        form.setBirthplaceCode("G999");
        form.setMediciChirurghiNumber("R" + born.toEpochDay());
        form.setMediciChirurghiDate(REGISTERED);
        form.setFiscalCode(it.kamaladafrica.codicefiscale.CodiceFiscale.of(it.kamaladafrica.codicefiscale.Person.builder().lastname(surname)
                .firstname(givenName).isFemale(false).birthDate(born).city(CITIES.findByBelfiore("G999")).build()).getValue());
        return form;
    }

    private static final it.kamaladafrica.codicefiscale.city.CityProvider CITIES = it.kamaladafrica.codicefiscale.city.CityProvider.ofDefault();

    long preview(Path file) {
        UploadedWorkbook workbook = imports.open(file, file.getFileName().toString());
        SheetLayout layout = imports.layout(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER);
        return imports.preview(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER, layout.mapping(), ImportProgress.NONE);
    }

    Map<Integer, List<ImportProblem>> problemsByRow(long runId) {
        var byRow = new java.util.TreeMap<Integer, List<ImportProblem>>();
        imports.rows(runId, ImportRowOutcome.INVALID, 0, 100).forEach(r -> byRow.put(r.sheetRow(), r.problems()));
        return byRow;
    }

    @Test
    void aMixedFileIsClassifiedRowByRowWithEveryReasonAndNothingIsWrittenUntilApplied() throws Exception {
        MemberForm changed = person("Bartolini", "Ugo");
        changed.setEmail("ugo@old.it");
        members.create(changed);
        MemberForm unchanged = person("Cecchi", "Rina");
        members.create(unchanged);
        MemberForm fresh = person("Dolfi", "Marta");

        var rows = new ArrayList<Object[]>();
        Object[] c = SheetFiles.row(changed);
        c[9] = "ugo@new.it";
        rows.add(c);                                                   // row 2: changed
        rows.add(SheetFiles.row(unchanged));                           // row 3: unchanged
        rows.add(SheetFiles.row(fresh));                               // row 4: new
        Object[] badCheck = SheetFiles.row(person("Ermini", "Aldo"));
        String code = (String) badCheck[2];
        badCheck[2] = code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A');
        rows.add(badCheck);                                            // row 5: check character
        Object[] badDate = SheetFiles.row(person("Fabbri", "Gino"));
        badDate[4] = "31/02/1980";
        rows.add(badDate);                                             // row 6: impossible date
        Object[] badSex = SheetFiles.row(person("Galli", "Ivo"));
        badSex[3] = "X";
        rows.add(badSex);                                              // row 7: sex
        Object[] wrongSurname = SheetFiles.row(person("Innocenti", "Lea"));
        wrongSurname[0] = "Zanobini";
        rows.add(wrongSurname);                                        // row 8: surname does not match the code
        Object[] noName = SheetFiles.row(person("Lari", "Nedo"));
        noName[1] = null;
        rows.add(noName);                                              // row 9: given name missing
        rows.add(SheetFiles.row(fresh));                               // row 10: same code as row 4
        Object[] badEmail = SheetFiles.row(person("Mori", "Olga"));
        badEmail[9] = "not-an-email";
        rows.add(badEmail);                                            // row 11: e-mail
        Object[] noDate = SheetFiles.row(person("Nesti", "Pia"));
        noDate[8] = null;
        rows.add(noDate);                                              // row 12: number without registration date
        Path file = SheetFiles.xlsx(dir, "albo.xlsx", SheetFiles.HEADERS, rows);

        long runId = preview(file);

        ImportRunDetails run = imports.get(runId);
        assertThat(run.status()).isEqualTo(ImportStatus.PREVIEWED);
        assertThat(List.of(run.total(), run.created(), run.changed(), run.unchanged(), run.invalid())).containsExactly(11, 1, 1, 1, 8);
        assertThat(imports.rows(runId, ImportRowOutcome.CHANGED, 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.sheetRow()).isEqualTo(2);
            assertThat(r.changes()).singleElement().extracting("field", "oldValue", "newValue").containsExactly("email", "ugo@old.it", "ugo@new.it");
        });
        var problems = problemsByRow(runId);
        assertThat(problems.get(5)).extracting("column", "key").contains(org.assertj.core.groups.Tuple.tuple(2, "fiscalCode.error.checkCharacter"));
        assertThat(problems.get(6)).extracting("column", "key").containsExactly(org.assertj.core.groups.Tuple.tuple(4, "spreadsheet.error.date"));
        assertThat(problems.get(6).getFirst().args()).containsExactly("31/02/1980");
        assertThat(problems.get(7)).extracting("column", "key").containsExactly(org.assertj.core.groups.Tuple.tuple(3, "spreadsheet.error.sex"));
        assertThat(problems.get(8)).extracting("column", "key").containsExactly(org.assertj.core.groups.Tuple.tuple(0, "fiscalCode.mismatch.surname"));
        assertThat(problems.get(9)).extracting("column", "key").containsExactly(org.assertj.core.groups.Tuple.tuple(1, "spreadsheet.error.required"));
        assertThat(problems.get(10)).extracting("column", "key").containsExactly(org.assertj.core.groups.Tuple.tuple(2, "spreadsheet.error.duplicateInFile"));
        assertThat(problems.get(10).getFirst().args()).containsExactly(fresh.getFiscalCode(), "4");
        assertThat(problems.get(11)).extracting("column", "key").containsExactly(org.assertj.core.groups.Tuple.tuple(9, "spreadsheet.error.email"));
        assertThat(problems.get(12)).extracting("key").containsExactly("member.error.sectionDate");

        // the dry run wrote nothing
        assertThat(members.findByFiscalCode(fresh.getFiscalCode())).isEmpty();
        assertThat(members.findDetailsByFiscalCode(changed.getFiscalCode()).map(MemberDetails::email)).contains("ugo@old.it");

        // invalid rows block the import unless the user skips them
        assertThatThrownBy(() -> imports.apply(runId, false, ImportProgress.NONE))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.error.invalidRowsBlock"));
        assertThat(members.findByFiscalCode(fresh.getFiscalCode())).isEmpty();

        ImportRunDetails applied = imports.apply(runId, true, ImportProgress.NONE);
        assertThat(applied.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(applied.applied()).isEqualTo(2);
        assertThat(members.findByFiscalCode(fresh.getFiscalCode())).isPresent();
        assertThat(members.findDetailsByFiscalCode(changed.getFiscalCode()).map(MemberDetails::email)).contains("ugo@new.it");
        // one audit entry for the run, none per member: each row's before/after stays with the run, linked from the member
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'member' AND entity_id = ?",
                Long.class, members.findByFiscalCode(fresh.getFiscalCode()).orElseThrow().id())).isZero();
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'import' AND entity_id = ?", String.class, runId))
                .containsExactly("applied");
        assertThat(imports.importsOfMember(changed.getFiscalCode())).singleElement().satisfies(i -> {
            assertThat(i.runId()).isEqualTo(runId);
            assertThat(i.outcome()).isEqualTo(ImportRowOutcome.CHANGED);
            assertThat(i.changes()).contains(new it.albopec.audit.FieldChange("email", "ugo@old.it", "ugo@new.it"));
        });
        assertThat(imports.importsOfMember(fresh.getFiscalCode())).extracting(MemberImport::outcome).containsExactly(ImportRowOutcome.NEW);
        var phases = imports.phases(runId);
        assertThat(phases.applyMs() + phases.readMs() + phases.validateMs() + phases.storeMs()).isLessThanOrEqualTo(applied.durationMs());
    }

    @Test
    void cellsAreReadTheWayPeopleFillThem() throws Exception {
        MemberForm dates = person("D'Angelo", "Nicolò");
        MemberForm text = person("Bianchi", "Zoe");
        MemberForm shortYear = person("Conti", "Elia");
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Iscritti");
            // a merged title row above the header, and a merged header cell
            sheet.createRow(0).createCell(0).setCellValue("Albo dell'Ordine — estrazione");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            var headers = List.of("  Cognome ", "Nome", "CF", "Sex", "Birth date", "Geburtsort", "Albo", "Numero iscrizione", "Data iscrizione",
                    "Note interne");
            var rows = new ArrayList<Object[]>();
            // real date cells, accents and apostrophes, trailing spaces, lower-case code with spaces
            rows.add(new Object[] {dates.getSurname() + "  ", dates.getGivenName(), spaced(dates.getFiscalCode().toLowerCase()), "m",
                    dates.getBirthDate(), dates.getBirthplaceCode(), "Medici", "00123", dates.getMediciChirurghiDate(), "x"});
            // dates typed as text dd/MM/yyyy, number as a numeric cell, a formula with its cached value
            rows.add(new Object[] {text.getSurname(), text.getGivenName(), text.getFiscalCode(), new SheetFiles.Formula("\"M\""),
                    text.getBirthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), text.getBirthplaceCode(),
                    "MC", 4567, REGISTERED.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), null});
            // d/M/yy
            rows.add(new Object[] {shortYear.getSurname(), shortYear.getGivenName(), shortYear.getFiscalCode(), "Maschio",
                    shortYear.getBirthDate().format(java.time.format.DateTimeFormatter.ofPattern("d/M/yy")), shortYear.getBirthplaceCode(),
                    "medici chirurghi", "0042", "17/4/12", null});
            SheetFiles.fill(workbook, sheet, headers, rows, 2);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 9, 10));
            // empty trailing rows, with blank cells
            for (int r = 6; r < 12; r++) {
                sheet.createRow(r).createCell(0).setCellValue("  ");
            }
            Path file = SheetFiles.write(workbook, dir.resolve("forme.xlsx"));

            long runId = preview(file);

            ImportRunDetails run = imports.get(runId);
            assertThat(imports.rows(runId, ImportRowOutcome.INVALID, 0, 10)).isEmpty();
            assertThat(run.created()).isEqualTo(3);
            assertThat(imports.apply(runId, false, ImportProgress.NONE).status()).isEqualTo(ImportStatus.APPLIED);
        }
        MemberDetails first = members.findDetailsByFiscalCode(dates.getFiscalCode()).orElseThrow();
        assertThat(first.surname()).isEqualTo("D'Angelo");
        assertThat(first.givenName()).isEqualTo("Nicolò");
        assertThat(first.mediciChirurghiNumber()).isEqualTo("00123");
        assertThat(first.birthDate()).isEqualTo(dates.getBirthDate());
        MemberDetails second = members.findDetailsByFiscalCode(text.getFiscalCode()).orElseThrow();
        assertThat(second.mediciChirurghiNumber()).isEqualTo("4567");
        assertThat(second.mediciChirurghiDate()).isEqualTo(REGISTERED);
        assertThat(second.birthDate()).isEqualTo(text.getBirthDate());
        MemberDetails third = members.findDetailsByFiscalCode(shortYear.getFiscalCode()).orElseThrow();
        assertThat(third.birthDate()).isEqualTo(shortYear.getBirthDate());
        assertThat(third.mediciChirurghiNumber()).isEqualTo("0042");
        assertThat(third.mediciChirurghiDate()).isEqualTo(REGISTERED);
    }

    @Test
    void datesAreStrictAndFormulasWithoutAValueAreRefused() {
        assertThat(RegisterRow.parseDate("31/02/1980")).isNull();
        assertThat(RegisterRow.parseDate("29/02/1980")).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(RegisterRow.parseDate("29/02/1981")).isNull();
        assertThat(RegisterRow.parseDate("5/3/80")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(RegisterRow.parseDate("1980-03-05")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(RegisterRow.parseDate("05.03.1980")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(RegisterRow.parseDate("13/13/1980")).isNull();
        assertThat(RegisterRow.parseDate("ieri")).isNull();
        assertThat(RegisterRow.parseDate("19800305")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(RegisterRow.parseDate("19800231")).isNull();
        assertThat(RegisterRow.parseDate("29285")).isEqualTo(LocalDate.of(1980, 3, 5)); // a date cell formatted "General"
    }

    @Test
    void aRowThatFailsWhileApplyingRollsBackEveryRowAlreadyWritten() throws Exception {
        MemberForm existing = person("Pieri", "Carla");
        existing.setEmail("carla@old.it");
        members.create(existing);
        var forms = new ArrayList<MemberForm>();
        var rows = new ArrayList<Object[]>();
        Object[] change = SheetFiles.row(existing);
        change[9] = "carla@new.it";
        rows.add(change);
        // more than a chunk: the first chunk (the change and 999 new members) is written before the failing row
        for (int i = 0; i < RegisterImporter.CHUNK + 30; i++) {
            MemberForm f = bornOn("Rollback", "Nome" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "x", LocalDate.of(1950, 1, 1).plusDays(i * 7L));
            forms.add(f);
            rows.add(SheetFiles.row(f));
        }
        long runId = preview(SheetFiles.xlsx(dir, "rollback.xlsx", SheetFiles.HEADERS, rows));
        assertThat(imports.get(runId).invalid()).isZero();
        int failingRow = RegisterImporter.CHUNK + 25;
        // between the dry run and the apply, the values the dry run kept for a row of the second chunk are damaged
        jdbc.update("UPDATE import_row SET checked = 'damaged' WHERE run_id = ? AND sheet_row = ?", runId, failingRow);

        ImportRunDetails run = imports.apply(runId, false, ImportProgress.NONE);

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.failure().sheetRow()).isEqualTo(failingRow);
        assertThat(run.failure().key()).isEqualTo("spreadsheet.error.applyFailed");
        assertThat(run.applied()).isZero();
        for (MemberForm f : forms) {
            assertThat(members.findByFiscalCode(f.getFiscalCode())).isEmpty();
        }
        assertThat(members.findDetailsByFiscalCode(existing.getFiscalCode()).map(MemberDetails::email)).contains("carla@old.it");
    }

    @Test
    void aCancelledApplyWritesNothing() throws Exception {
        var forms = new ArrayList<MemberForm>();
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < 450; i++) {
            MemberForm f = person("Annullato", "Nome" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
            forms.add(f);
            rows.add(SheetFiles.row(f));
        }
        long runId = preview(SheetFiles.xlsx(dir, "cancel.xlsx", SheetFiles.HEADERS, rows));
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        ImportRunDetails run = imports.apply(runId, false, new ImportProgress() {
            @Override
            public void progress(long done, long total) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 1; // the user cancels once the first 200 rows are written
            }
        });
        assertThat(run.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(forms).allSatisfy(f -> assertThat(members.findByFiscalCode(f.getFiscalCode())).isEmpty());
    }

    @Test
    void theFailedRowsComeBackAsXlsxAndImportAgainOnceFixed() throws Exception {
        MemberForm good = person("Santini", "Bice");
        MemberForm bad = person("Tesi", "Dino");
        Object[] badRow = SheetFiles.row(bad);
        badRow[4] = "31/02/1980";
        long runId = preview(SheetFiles.xlsx(dir, "tornata.xlsx", SheetFiles.HEADERS, List.of(SheetFiles.row(good), badRow)));
        assertThat(imports.apply(runId, true, ImportProgress.NONE).status()).isEqualTo(ImportStatus.APPLIED);

        var out = new ByteArrayOutputStream();
        imports.writeFailedRows(runId, out, p -> p.key() + " " + p.args(), "Errore");
        List<List<String>> cells = SheetFiles.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(cells.getFirst()).containsExactlyElementsOf(concat(SheetFiles.HEADERS, "Errore"));
        assertThat(cells).hasSize(2);
        assertThat(cells.get(1).get(2)).isEqualTo(bad.getFiscalCode());
        assertThat(cells.get(1).get(4)).isEqualTo("31/02/1980");
        assertThat(cells.get(1).get(10)).contains("spreadsheet.error.date");

        // the secretary fixes the date in Excel and imports the same file again
        Path fixed = dir.resolve("tornata-corretta.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            row.removeCell(row.getCell(4)); // POI appends to an inline string; Excel replaces it
            row.createCell(4).setCellValue(bad.getBirthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            SheetFiles.write(workbook, fixed);
        }
        long again = preview(fixed);
        assertThat(imports.rows(again, null, 0, 10)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        assertThat(imports.get(again).created()).isEqualTo(1);
        assertThat(imports.get(again).invalid()).isZero();
        assertThat(imports.apply(again, false, ImportProgress.NONE).status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(members.findByFiscalCode(bad.getFiscalCode())).isPresent();
    }

    @Test
    void theColumnMappingIsRememberedPerOrderAndKind() throws Exception {
        MemberForm m = person("Ulivi", "Ebe");
        var headers = List.of("Cogn.", "Nome", "Cod. fiscale persona", "Sesso", "Nato il", "Luogo", "Sezione", "N. albo", "Data iscrizione", "Email");
        Path file = SheetFiles.xlsx(dir, "intestazioni.xlsx", headers, List.<Object[]>of(SheetFiles.row(m)));
        UploadedWorkbook workbook = imports.open(file, "intestazioni.xlsx");
        SheetLayout layout = imports.layout(workbook, "Albo", ImportKind.REGISTER);
        assertThat(layout.mapping()).doesNotContainKeys(0, 2, 5, 7);
        var mapping = new java.util.HashMap<>(layout.mapping());
        mapping.put(0, ImportField.SURNAME);
        mapping.put(2, ImportField.FISCAL_CODE);
        mapping.put(5, ImportField.BIRTHPLACE);
        mapping.put(7, ImportField.REGISTRATION_NUMBER);
        long runId = imports.preview(workbook, "Albo", ImportKind.REGISTER, mapping, ImportProgress.NONE);
        assertThat(imports.get(runId).created()).isEqualTo(1);

        SheetLayout next = imports.layout(imports.open(file, "intestazioni.xlsx"), "Albo", ImportKind.REGISTER);
        assertThat(next.mapping()).containsEntry(0, ImportField.SURNAME).containsEntry(2, ImportField.FISCAL_CODE)
                .containsEntry(5, ImportField.BIRTHPLACE).containsEntry(7, ImportField.REGISTRATION_NUMBER);

        // another Order does not see Prato's mapping
        signIn.as("admin.fg");
        assertThat(imports.layout(imports.open(file, "intestazioni.xlsx"), "Albo", ImportKind.REGISTER).mapping()).doesNotContainKeys(0, 2);
    }

    @Test
    void anotherOrdersImportIsNotFound() throws Exception {
        long runId = preview(SheetFiles.xlsx(dir, "po.xlsx", SheetFiles.HEADERS, List.<Object[]>of(SheetFiles.row(person("Vanni", "Ada")))));
        assertThat(imports.history(0, 50)).extracting(ImportRunDetails::id).contains(runId);
        signIn.as("admin.fg");
        assertThatThrownBy(() -> imports.get(runId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.rows(runId, null, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.apply(runId, true, ImportProgress.NONE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.writeFailedRows(runId, new ByteArrayOutputStream(), p -> "", "E")).isInstanceOf(NotFoundException.class);
        assertThat(imports.history(0, 50)).extracting(ImportRunDetails::id).doesNotContain(runId);
    }

    @Test
    void theProgrammaticEntryPointImportsAFileAsTheSignedInAdmin() throws Exception {
        MemberForm m = person("Zoppi", "Ilio");
        ImportRunDetails run = imports.importRegister(SheetFiles.xlsx(dir, "bench.xlsx", SheetFiles.HEADERS, List.<Object[]>of(SheetFiles.row(m))), true);
        assertThat(run.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(run.username()).isEqualTo("admin.po");
        assertThat(members.findByFiscalCode(m.getFiscalCode())).isPresent();
    }

    static String spaced(String code) {
        return code.substring(0, 6) + " " + code.substring(6, 11) + " " + code.substring(11) + " ";
    }

    static List<String> concat(List<String> list, String last) {
        var all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
