package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import it.albopec.base.NotFoundException;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The finance reports read back with POI: real numbers with the euro format, codes as text, dates as dates, totals
 * as our SUM formulas that evaluate to the service's totals, hostile text from the provider's file shown as text,
 * another Order's invoice "not found", each download audited.
 */
@AlboPecTest
class FinanceReportsTest {

    @Autowired FinanceReports reports;
    @Autowired ChargeService charges;
    @Autowired InvoiceCheck invoices;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theBudgetWorkbookHasTheServicesFiguresAsNumbersAndItsTotalsAsFormulasThatAddUp() throws IOException {
        signIn.as("finance.po");
        List<BudgetYear> years = charges.budget();
        long auditsBefore = audits("finance.budget");
        var out = new ByteArrayOutputStream();
        reports.writeBudget(Locale.ITALIAN, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Bilancio");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Previsione di spesa PEC in convenzione");
            assertThat(value(sheet, "Ordine").getStringCellValue()).contains("Prato");
            Cell label = sheet.getRow(rowStartingWith(sheet, "Ordine")).getCell(0);
            assertThat(workbook.getFontAt(label.getCellStyle().getFontIndex()).getBold()).as("labels in bold").isTrue();
            assertThat(workbook.getFontAt(value(sheet, "Ordine").getCellStyle().getFontIndex()).getBold()).as("values plain").isFalse();
            Cell madeOn = value(sheet, "Redatto il");
            assertThat(madeOn.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(madeOn)).isTrue();
            assertThat(value(sheet, "Redatto da").getStringCellValue()).isEqualTo("finance.po");
            assertThat(value(sheet, "Criterio").getStringCellValue()).contains("esercizio in cui scade il pagamento");

            int header = rowStartingWith(sheet, "Esercizio");
            assertThat(texts(sheet.getRow(header))).containsExactly("Esercizio", "Ordine: quote", "Ordine: addebitati", "Ordine: previsti",
                    "Ordine: totale a bilancio", "Iscritti: quote", "Iscritti: addebitati", "Iscritti: previsti", "Iscritti: totale", "Totale");
            assertThat(workbook.getFontAt(sheet.getRow(header).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0));

            var evaluator = new XSSFFormulaEvaluator(workbook);
            for (int i = 0; i < years.size(); i++) {
                BudgetYear year = years.get(i);
                Row row = sheet.getRow(header + 1 + i);
                int r = row.getRowNum() + 1; // as Excel numbers rows
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(year.year());
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(year.orderTerms());
                assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(year.memberTerms());
                Cell charged = row.getCell(2);
                assertThat(charged.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(charged.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
                assertThat(euro(charged.getNumericCellValue())).isEqualByComparingTo(year.orderCharged());
                assertThat(euro(row.getCell(7).getNumericCellValue())).isEqualByComparingTo(year.memberForecast());
                // the totals column: our formulas, evaluating to the service's totals
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(row.getCell(4).getCellFormula()).isEqualTo("SUM(C" + r + ":D" + r + ")");
                assertThat(row.getCell(8).getCellFormula()).isEqualTo("SUM(G" + r + ":H" + r + ")");
                assertThat(row.getCell(9).getCellFormula()).isEqualTo("SUM(E" + r + ",I" + r + ")");
                assertThat(euro(evaluator.evaluate(row.getCell(4)).getNumberValue())).isEqualByComparingTo(year.orderTotal());
                assertThat(euro(evaluator.evaluate(row.getCell(8)).getNumberValue())).isEqualByComparingTo(year.memberTotal());
                assertThat(euro(evaluator.evaluate(row.getCell(9)).getNumberValue())).isEqualByComparingTo(year.total());
                // the value written with the formula is the same, for a program that does not recalculate
                assertThat(euro(row.getCell(9).getNumericCellValue())).isEqualByComparingTo(year.total());
            }
            Row totals = sheet.getRow(header + 1 + years.size());
            int first = header + 2;
            int last = header + 1 + years.size();
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Totale");
            assertThat(totals.getCell(1).getCellFormula()).isEqualTo("SUM(B" + first + ":B" + last + ")");
            assertThat(totals.getCell(9).getCellFormula()).isEqualTo("SUM(J" + first + ":J" + last + ")");
            assertThat((long) evaluator.evaluate(totals.getCell(1)).getNumberValue())
                    .isEqualTo(years.stream().mapToLong(BudgetYear::orderTerms).sum());
            assertThat(euro(evaluator.evaluate(totals.getCell(4)).getNumberValue()))
                    .isEqualByComparingTo(years.stream().map(BudgetYear::orderTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(euro(evaluator.evaluate(totals.getCell(9)).getNumberValue()))
                    .isEqualByComparingTo(years.stream().map(BudgetYear::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isPositive();
        }
        assertThat(audits("finance.budget")).isEqualTo(auditsBefore + 1);
    }

    @Test
    void eachOrdersBudgetWorkbookHoldsItsOwnFiguresInItsLanguage() throws IOException {
        signIn.as("finance.bz");
        List<BudgetYear> bolzano = charges.budget();
        var out = new ByteArrayOutputStream();
        reports.writeBudget(Locale.GERMAN, out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Haushalt");
            assertThat(value(sheet, "Kammer").getStringCellValue()).doesNotContain("Prato");
            int header = rowStartingWith(sheet, "Geschäftsjahr");
            Row total = sheet.getRow(header + 1 + bolzano.size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Summe");
            assertThat(euro(new XSSFFormulaEvaluator(workbook).evaluate(total.getCell(9)).getNumberValue()))
                    .isEqualByComparingTo(bolzano.stream().map(BudgetYear::total).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        signIn.as("finance.po");
        assertThat(charges.budget()).as("the two Orders' budgets differ, so the check above tells them apart").isNotEqualTo(bolzano);
    }

    @Test
    void theInvoiceReportSumsEachOutcomeWithFormulasAndListsEveryLineWithHostileTextShownAsText() throws IOException {
        signIn.as("finance.po");
        var sample = new ByteArrayOutputStream();
        invoices.writeSampleInvoice(sample);
        String hyperlink = "=HYPERLINK(\"mailto:x@evil.example\";\"clic\")";
        String csv = sample.toString(StandardCharsets.UTF_8)
                + "\"" + hyperlink.replace("\"", "\"\"") + "\";;01/03/2026;17,08\n"
                + ";+39 340 1234567;01/03/2026;17,08\n"
                + "@cmd.pec.it;-2+3;01/03/2026;5,00\n";
        InvoiceSummary invoice = invoices.check(file(csv), "=fattura+aruba.csv");
        List<InvoiceLine> lines = invoices.lines(invoice.id(), null, PageRequest.of(0, 10_000));
        long auditsBefore = audits("finance.invoice.report");

        var out = new ByteArrayOutputStream();
        reports.writeInvoiceReport(invoice.id(), Locale.ITALIAN, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var evaluator = new XSSFFormulaEvaluator(workbook);
            Sheet summary = workbook.getSheet("Riepilogo");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Controllo della fattura del gestore");
            Cell fileName = value(summary, "File della fattura");
            assertThat(fileName.getStringCellValue()).isEqualTo("=fattura+aruba.csv");
            assertThat(fileName.getCellStyle().getQuotePrefixed()).as("a file name like a formula is text").isTrue();
            assertThat(DateUtil.isCellDateFormatted(value(summary, "Periodo dal"))).isTrue();
            assertThat(value(summary, "Periodo dal").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(invoice.periodFrom());
            assertThat(DateUtil.isCellDateFormatted(value(summary, "Controllata il"))).isTrue();

            int header = rowStartingWith(summary, "Esito");
            assertThat(texts(summary.getRow(header))).containsExactly("Esito", "Righe", "Fatturato", "Atteso", "Differenza (fatturato - atteso)");
            int[] expectedCounts = {invoice.matched(), invoice.notExpected(), invoice.notBilled(), invoice.amountDiffers(), invoice.invalid()};
            for (InvoiceOutcome outcome : InvoiceOutcome.values()) {
                Row row = summary.getRow(header + 1 + outcome.ordinal());
                int r = row.getRowNum() + 1;
                List<InvoiceLine> of = lines.stream().filter(l -> l.outcome() == outcome).toList();
                assertThat(row.getCell(0).getStringCellValue()).isNotBlank().doesNotContain("finance.");
                assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(of.size()).isEqualTo(expectedCounts[outcome.ordinal()]);
                BigDecimal billed = of.stream().map(InvoiceLine::billedAmount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal expected = of.stream().map(InvoiceLine::expectedAmount).filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(euro(row.getCell(2).getNumericCellValue())).isEqualByComparingTo(billed);
                assertThat(row.getCell(4).getCellFormula()).isEqualTo("C" + r + "-D" + r);
                assertThat(euro(evaluator.evaluate(row.getCell(4)).getNumberValue())).isEqualByComparingTo(billed.subtract(expected));
            }
            Row totals = summary.getRow(header + 1 + InvoiceOutcome.values().length);
            assertThat(totals.getCell(1).getCellFormula()).isEqualTo("SUM(B" + (header + 2) + ":B" + (header + 1 + InvoiceOutcome.values().length) + ")");
            assertThat((int) evaluator.evaluate(totals.getCell(1)).getNumberValue()).isEqualTo(lines.size());
            assertThat(euro(evaluator.evaluate(totals.getCell(2)).getNumberValue())).isEqualByComparingTo(invoice.billedTotal());
            assertThat(totals.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);

            Sheet lineSheet = workbook.getSheet("Righe");
            assertThat(texts(lineSheet.getRow(0))).containsExactly("Riga", "Iscritto", "Codice fiscale", "Casella PEC", "Periodo dal", "Periodo al",
                    "Fatturato", "Atteso", "Differenza (fatturato - atteso)", "Esito", "Dettaglio");
            assertThat(lineSheet.getLastRowNum()).isEqualTo(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                Row row = lineSheet.getRow(i + 1);
                if (line.chargeId() != null) {
                    ChargeRow charge = charges.get(line.chargeId());
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(charge.surname() + " " + charge.givenName());
                    Cell code = row.getCell(2);
                    assertThat(code.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(code.getCellStyle().getDataFormatString()).isEqualTo("@");
                    assertThat(code.getStringCellValue()).isEqualTo(charge.fiscalCode());
                    assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(charge.periodEnd().minusDays(1));
                }
                if (line.periodStart() != null) {
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
                    assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(line.periodStart());
                }
                if (line.billedAmount() != null) {
                    assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(euro(row.getCell(6).getNumericCellValue())).isEqualByComparingTo(line.billedAmount());
                }
                if (line.billedAmount() != null || line.expectedAmount() != null) {
                    int r = i + 2;
                    assertThat(row.getCell(8).getCellFormula()).isEqualTo("G" + r + "-H" + r);
                    assertThat(euro(evaluator.evaluate(row.getCell(8)).getNumberValue())).isEqualByComparingTo(
                            (line.billedAmount() == null ? BigDecimal.ZERO : line.billedAmount())
                                    .subtract(line.expectedAmount() == null ? BigDecimal.ZERO : line.expectedAmount()));
                }
                assertThat(row.getCell(9).getStringCellValue()).doesNotStartWith("finance.");
            }
            // the provider's hostile text: written exactly, as text, never as a formula
            Cell link = cellWith(lineSheet, 3, hyperlink.toLowerCase(Locale.ROOT));
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
            assertThat(link.getCellStyle().getQuotePrefixed()).isTrue();
            Cell phone = cellWith(lineSheet, 2, "+39 340 1234567");
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
            Cell at = cellWith(lineSheet, 3, "@cmd.pec.it");
            assertThat(at.getCellStyle().getQuotePrefixed()).isTrue();
            for (Row row : lineSheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCellFormula()).as("only our differences are formulas").matches("G\\d+-H\\d+");
                    }
                }
            }
        }
        assertThat(audits("finance.invoice.report")).isEqualTo(auditsBefore + 1);
    }

    @Test
    void anotherOrdersInvoiceReportIsNotFoundAndItsOwnReportNamesNoneOfTheOtherOrdersMembers() throws IOException {
        signIn.as("finance.po");
        var sample = new ByteArrayOutputStream();
        invoices.writeSampleInvoice(sample);
        InvoiceSummary prato = invoices.check(file(sample.toString(StandardCharsets.UTF_8)), "fattura-po.csv");
        List<String> pratoCodes = jdbc.queryForList("SELECT m.fiscal_code FROM finance_invoice_line l "
                + "JOIN finance_charge ch ON ch.id = l.charge_id JOIN member m ON m.id = ch.member_id WHERE l.invoice_id = ?", String.class, prato.id());
        assertThat(pratoCodes).isNotEmpty();

        signIn.as("finance.fg");
        var stolen = new ByteArrayOutputStream();
        assertThatThrownBy(() -> reports.writeInvoiceReport(prato.id(), Locale.ITALIAN, stolen)).isInstanceOf(NotFoundException.class);
        assertThat(stolen.size()).isZero();

        // Foggia checks Prato's file: its report shows no member of Prato, no amount Prato expects
        InvoiceSummary foggia = invoices.check(file(sample.toString(StandardCharsets.UTF_8)), "fattura-po.csv");
        var out = new ByteArrayOutputStream();
        reports.writeInvoiceReport(foggia.id(), Locale.ITALIAN, out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet lines = workbook.getSheet("Righe");
            assertThat(lines.getLastRowNum()).isPositive();
            int named = 0;
            for (Row row : lines) {
                boolean hasMember = row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty();
                if (row.getRowNum() > 0 && hasMember) {
                    // a member is named only for Foggia's own charges that the file does not bill
                    named++;
                    assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Atteso, non fatturato");
                    assertThat(row.getCell(2).getStringCellValue()).isNotIn(pratoCodes);
                }
            }
            assertThat(named).isEqualTo(foggia.notBilled());
            assertThat(jdbc.queryForList("SELECT DISTINCT ch.order_id FROM finance_invoice_line l JOIN finance_charge ch ON ch.id = l.charge_id "
                    + "WHERE l.invoice_id = ?", Long.class, foggia.id())).allMatch(order -> !order.equals(orderOf("PO")));
        }
    }

    private Long orderOf(String province) {
        return jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = ?", Long.class, province);
    }

    @Test
    void onlyTheOrdersStaffDownloadReports() {
        signIn.as("operator");
        assertThatThrownBy(() -> reports.writeBudget(Locale.ITALIAN, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        String member = jdbc.queryForObject("SELECT MIN(username) FROM app_user WHERE role = 'MEMBER'", String.class);
        signIn.as(member);
        assertThatThrownBy(() -> reports.writeBudget(Locale.ITALIAN, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    private long audits(String list) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry e JOIN audit_change c ON c.entry_id = e.id "
                + "WHERE e.entity_type = 'export' AND c.field = 'list' AND c.new_value = ?", Long.class, list);
    }

    private static BigDecimal euro(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<String> texts(Row row) {
        var texts = new ArrayList<String>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static int rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + text);
    }

    /** The value beside a label of the report's heading. */
    private static Cell value(Sheet sheet, String label) {
        return sheet.getRow(rowStartingWith(sheet, label)).getCell(1);
    }

    private static Cell cellWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + text + " in column " + column);
    }

    private static Path file(String content) throws IOException {
        Path file = Files.createTempFile("fattura", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
