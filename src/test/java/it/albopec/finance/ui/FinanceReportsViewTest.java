package it.albopec.finance.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.ui.ExportMenu;
import it.albopec.finance.InvoiceCheck;
import it.albopec.finance.InvoiceLine;
import it.albopec.finance.InvoiceOutcome;
import it.albopec.finance.InvoiceSummary;
import it.albopec.testsupport.UiTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The finance pages' downloads: the budget's and a checked invoice's report for FINANCE and ADMIN (both may open the
 * pages; only FINANCE uploads and pays), and the invoice's lines grid exported with the outcome chosen.
 */
class FinanceReportsViewTest extends UiTest {

    @Autowired InvoiceCheck invoices;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("finance.po")
    void financeDownloadsTheBudget() {
        navigate(BudgetView.class);
        Anchor report = $(Anchor.class).withText("Scarica il bilancio (Excel)").single();
        assertThat(report.getElement().hasAttribute("download")).isTrue();
        assertThat(report.hasClassName("budget-report")).isTrue();
    }

    @Test
    @WithUserDetails("admin.po")
    void adminReadsTheBudgetAndDownloadsItToo() {
        navigate(BudgetView.class);
        assertThat($(Anchor.class).withText("Scarica il bilancio (Excel)").exists()).isTrue();
    }

    @Test
    @WithUserDetails("finance.po")
    void financeDownloadsTheInvoicesReportAndExportsItsLinesAsTheGridShowsThem() throws IOException {
        InvoiceSummary invoice = sampleInvoice();
        UI.getCurrent().navigate(InvoicesView.class, QueryParameters.of("invoice", String.valueOf(invoice.id())));
        assertThat($(Anchor.class).withText("Scarica il resoconto (Excel)").single().getElement().hasAttribute("download")).isTrue();

        @SuppressWarnings("unchecked")
        Select<InvoiceOutcome> outcome = $(Select.class).withCaption("Esito").single();
        outcome.setValue(InvoiceOutcome.NOT_EXPECTED);
        @SuppressWarnings("unchecked")
        ExportMenu<InvoiceLine> menu = $(ExportMenu.class).single();
        var out = new ByteArrayOutputStream();
        long written = menu.write(ExportFormat.XLSX, out, ExportProgress.NONE);

        List<InvoiceLine> expected = invoices.lines(invoice.id(), InvoiceOutcome.NOT_EXPECTED, PageRequest.of(0, 1000));
        assertThat(written).isEqualTo(expected.size()).isEqualTo(invoice.notExpected()).isPositive();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Righe della fattura");
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Riga", "Casella PEC o codice fiscale", "Periodo", "Fatturato", "Atteso", "Esito", "Dettaglio");
            for (int i = 0; i < expected.size(); i++) {
                InvoiceLine line = expected.get(i);
                var row = sheet.getRow(i + 1);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(line.lineNumber());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.billedKey());
                assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                        .isEqualByComparingTo(line.billedAmount());
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Fatturato, non atteso");
            }
        }
        String filter = jdbc.queryForObject("SELECT c.new_value FROM audit_change c JOIN audit_entry e ON e.id = c.entry_id "
                + "WHERE e.entity_type = 'export' AND c.field = 'filter' AND EXISTS (SELECT 1 FROM audit_change l WHERE l.entry_id = e.id "
                + "AND l.field = 'list' AND l.new_value = 'finance.invoice.lines') ORDER BY e.id DESC LIMIT 1", String.class);
        assertThat(filter).contains("invoice=" + invoice.id()).contains("outcome=NOT_EXPECTED");
    }

    @Test
    @WithUserDetails("finance.po")
    void theLinesKeysetPagesAreTheGridsPagesForEveryOutcome() throws IOException {
        InvoiceSummary invoice = sampleInvoice();
        List<InvoiceOutcome> outcomes = new ArrayList<>(List.of(InvoiceOutcome.values()));
        outcomes.add(null);
        for (InvoiceOutcome outcome : outcomes) {
            List<Long> expected = invoices.lines(invoice.id(), outcome, PageRequest.of(0, 1000)).stream().map(InvoiceLine::id).toList();
            var paged = new ArrayList<Long>();
            InvoiceLine last = null;
            while (true) {
                List<InvoiceLine> page = invoices.linesAfter(invoice.id(), outcome, last, 2);
                page.forEach(l -> paged.add(l.id()));
                if (page.size() < 2) {
                    break;
                }
                last = page.getLast();
            }
            assertThat(paged).as(String.valueOf(outcome)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @WithUserDetails("admin.po")
    void adminReadsACheckedInvoiceWithItsReportAndExportButDoesNotUpload() {
        // an invoice FINANCE of Prato checked
        jdbc.update("INSERT INTO finance_invoice (order_id, file_name, file_size, content, uploaded_by, uploaded_at) "
                + "SELECT id, 'fattura-po.csv', 3, 'a;b', 'finance.po', NOW(3) FROM medical_order WHERE province_code = 'PO'");
        InvoiceSummary invoice = invoices.list(PageRequest.of(0, 1)).getFirst();
        UI.getCurrent().navigate(InvoicesView.class, QueryParameters.of("invoice", String.valueOf(invoice.id())));
        assertThat($(Anchor.class).withText("Scarica il resoconto (Excel)").exists()).isTrue();
        assertThat($(ExportMenu.class).exists()).isTrue();
        assertThat($(com.vaadin.flow.component.upload.Upload.class).exists()).isFalse();
    }

    /** FINANCE checks the provider's sample invoice of Prato. */
    private InvoiceSummary sampleInvoice() throws IOException {
        var sample = new ByteArrayOutputStream();
        invoices.writeSampleInvoice(sample);
        Path file = Files.createTempFile("fattura", ".csv");
        Files.writeString(file, sample.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return invoices.check(file, "fattura-prato.csv");
    }
}
