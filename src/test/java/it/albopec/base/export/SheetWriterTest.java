package it.albopec.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one export writer, read back with POI (xlsx) and as text (CSV). */
class SheetWriterTest {

    record Person(int id, String name, String fiscalCode, String phone, LocalDate registered, BigDecimal fee) {}

    private static final List<ExportColumn<Person>> COLUMNS = List.of(
            ExportColumn.text("name", "Cognome", Person::name),
            ExportColumn.code("fiscalCode", "Codice fiscale", Person::fiscalCode),
            ExportColumn.code("phone", "Telefono", Person::phone),
            ExportColumn.date("registered", "Data iscrizione", Person::registered),
            ExportColumn.money("fee", "Quota", Person::fee));

    /** Rows read by keyset on the id, as a module's query would. */
    private static RowPages<Person> pages(List<Person> people, List<Integer> pageStarts) {
        return (last, size) -> {
            int from = last == null ? 0 : last.id() + 1;
            pageStarts.add(from);
            return people.subList(Math.min(from, people.size()), Math.min(from + size, people.size()));
        };
    }

    private static TableExport<Person> export(List<Person> people) {
        return new TableExport<>("test.people", "Albo iscritti", "", COLUMNS, pages(people, new ArrayList<>()));
    }

    private static Person person(int id, String name) {
        return new Person(id, name, "RSSMRA80A01G999" + (char) ('A' + id % 26), "+39 340 1234567", LocalDate.of(2020, 3, 1 + id % 28),
                new BigDecimal("17.08"));
    }

    private static XSSFWorkbook xlsx(TableExport<Person> export) throws IOException {
        var out = new ByteArrayOutputStream();
        SheetWriter.write(export, ExportFormat.XLSX, out, ExportProgress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void xlsxHasTypedCellsFrozenHeaderAndAutoFilter() throws IOException {
        var people = List.of(new Person(0, "Rossi", "0123456789ABCDEF", "+39 340 1234567", LocalDate.of(2021, 5, 17), new BigDecimal("17.08")));
        try (var workbook = xlsx(export(people))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Albo iscritti");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cognome");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Quota");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E2");
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(10 * 256);

            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Rossi");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            Cell code = row.getCell(1);
            assertThat(code.getCellType()).isEqualTo(CellType.STRING);
            assertThat(code.getStringCellValue()).isEqualTo("0123456789ABCDEF");
            assertThat(code.getCellStyle().getDataFormatString()).isEqualTo("@");
            Cell phone = row.getCell(2);
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("+39 340 1234567");
            assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
            Cell date = row.getCell(3);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 5, 17));
            Cell money = row.getCell(4);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(17.08);
            assertThat(money.getCellStyle().getDataFormatString()).contains("€");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"})
    void formulaLikeTextIsATextCellNeverAFormula(String hostile) throws IOException {
        var people = List.of(new Person(0, hostile, hostile, hostile, null, null));
        try (var workbook = xlsx(export(people))) {
            var row = workbook.getSheetAt(0).getRow(1);
            for (int i = 0; i < 3; i++) {
                Cell cell = row.getCell(i);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", hostile).isTrue();
            }
        }
        String csv = csv(export(people));
        String line = csv.split("\r\n")[1];
        String quoted = "\"'" + hostile.replace("\"", "\"\"") + "\"";
        assertThat(line).startsWith(quoted + ";" + quoted + ";" + quoted + ";");
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithBomAndItalianNumbers() {
        var people = List.of(new Person(0, "D'Angelo; Niccolò", "0123456789ABCDEF", "0574 123456", LocalDate.of(2021, 5, 17),
                new BigDecimal("1234.50")));
        String csv = csv(export(people));
        assertThat(csv).startsWith("\uFEFFCognome;Codice fiscale;Telefono;Data iscrizione;Quota\r\n");
        assertThat(csv.split("\r\n")[1]).isEqualTo("\"D'Angelo; Niccolò\";0123456789ABCDEF;0574 123456;17/05/2021;1234,50");
    }

    private static String csv(TableExport<Person> export) {
        var out = new ByteArrayOutputStream();
        SheetWriter.write(export, ExportFormat.CSV, out, ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rowsAreReadPageByPageAfterTheLastRowOfThePreviousPage() throws IOException {
        var people = IntStream.range(0, 4500).mapToObj(i -> person(i, "Iscritto " + i)).toList();
        var starts = new ArrayList<Integer>();
        var progress = new ArrayList<Long>();
        var export = new TableExport<>("test.people", "Albo", "", COLUMNS, pages(people, starts));
        var out = new ByteArrayOutputStream();
        long rows = SheetWriter.write(export, ExportFormat.XLSX, out, progress::add);
        assertThat(rows).isEqualTo(4500);
        assertThat(starts).containsExactly(0, 2000, 4000);
        assertThat(progress).containsExactly(2000L, 4000L, 4500L);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4500);
            assertThat(sheet.getRow(4500).getCell(0).getStringCellValue()).isEqualTo("Iscritto 4499");
        }
    }

    @Test
    void pagesReadAheadAreReadAsTheExportingUserAndTheirFailureEndsTheExport() {
        var people = IntStream.range(0, 6500).mapToObj(i -> person(i, "Iscritto " + i)).toList();
        var readers = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        RowPages<Person> asUser = (last, size) -> {
            var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            readers.add(user == null ? "nobody" : user.getName());
            int from = last == null ? 0 : last.id() + 1;
            if (from >= 6000) {
                throw new IllegalStateException("database gone");
            }
            return people.subList(from, Math.min(from + size, people.size()));
        };
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("admin.po", "x", "ROLE_ADMIN"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            var export = new TableExport<>("test.people", "Albo", "", COLUMNS, asUser);
            assertThatThrownBy(() -> SheetWriter.write(export, ExportFormat.XLSX, new ByteArrayOutputStream(), ExportProgress.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(readers).containsExactly("admin.po", "admin.po", "admin.po", "admin.po");
    }

    @Test
    void aStoppedExportEndsWithAnErrorNotAShortFile() {
        var people = IntStream.range(0, 4500).mapToObj(i -> person(i, "Iscritto " + i)).toList();
        var export = new TableExport<>("test.people", "Albo", "", COLUMNS, pages(people, new ArrayList<>()));
        long[] seen = {0};
        var progress = new ExportProgress() {
            @Override
            public void written(long rows) {
                seen[0] = rows;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 2000;
            }
        };
        assertThatThrownBy(() -> SheetWriter.write(export, ExportFormat.CSV, new ByteArrayOutputStream(), progress))
                .isInstanceOf(ExportCancelledException.class);
    }

    @Test
    void fileNameIsTheTitleAndTheDay() {
        assertThat(export(List.of()).fileName(ExportFormat.CSV, LocalDate.of(2026, 11, 30))).isEqualTo("Albo-iscritti-2026-11-30.csv");
    }
}
