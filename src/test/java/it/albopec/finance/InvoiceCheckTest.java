package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The provider's invoice checked line by line: each outcome, the one-step payment, and another Order's invoice. */
@AlboPecTest
class InvoiceCheckTest {

    @Autowired InvoiceCheck invoices;
    @Autowired ChargeService charges;
    @Autowired SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void theSampleInvoiceShowsEveryOutcomeAndItsMatchedChargesArePaidInOneStep() throws IOException {
        signIn.as("finance.po");
        var sample = new ByteArrayOutputStream();
        invoices.writeSampleInvoice(sample);
        String csv = sample.toString(StandardCharsets.UTF_8) + "nessuno@pec.omceo.it;;01/13/2026;17,08\n";

        InvoiceSummary summary = invoices.check(file(csv, ".csv"), "fattura-aruba-2026.csv");

        assertThat(summary.matched()).as("five lines bill a charge as expected").isEqualTo(5);
        assertThat(summary.amountDiffers()).isEqualTo(1);
        assertThat(summary.notBilled()).as("two charges of the period left out").isGreaterThanOrEqualTo(2);
        assertThat(summary.notExpected()).as("a closed mailbox and an unknown address billed").isEqualTo(2);
        assertThat(summary.invalid()).as("a line with a 13th month").isEqualTo(1);
        InvoiceLine differs = lines(summary, InvoiceOutcome.AMOUNT_DIFFERS).getFirst();
        assertThat(differs.billedAmount().subtract(differs.expectedAmount())).isEqualByComparingTo("1.00");
        assertThat(lines(summary, InvoiceOutcome.NOT_EXPECTED)).extracting(InvoiceLine::detail)
                .contains("finance.invoice.detail.unknown").anyMatch(d -> d.startsWith("finance.invoice.detail.mailbox.")
                        || d.startsWith("finance.invoice.detail.member."));
        assertThat(lines(summary, InvoiceOutcome.NOT_BILLED)).allMatch(l -> l.lineNumber() == null && l.chargeId() != null);
        assertThat(lines(summary, InvoiceOutcome.INVALID).getFirst().detail()).isEqualTo("finance.invoice.detail.noPeriod");

        // kept: opened again later, with the file as uploaded
        assertThat(invoices.get(summary.id()).matched()).isEqualTo(5);
        var original = new ByteArrayOutputStream();
        invoices.writeFile(summary.id(), original);
        assertThat(original.toString(StandardCharsets.UTF_8)).isEqualTo(csv);

        List<Long> matched = lines(summary, InvoiceOutcome.MATCHED).stream().map(InvoiceLine::chargeId).toList();
        long dueBefore = matched.stream().filter(id -> charges.get(id).state() == ChargeState.DUE).count();
        SettlementOutcome outcome = invoices.markMatchedPaid(summary.id(), LocalDate.now());
        assertThat(outcome.done()).isEqualTo(dueBefore);
        assertThat(matched).allMatch(id -> charges.get(id).state() == ChargeState.PAID);
        assertThat(matched).filteredOn(id -> "fattura-aruba-2026.csv".equals(charges.get(id).paymentReference())).hasSize((int) dueBefore);
    }

    @Test
    void anXlsxWithGermanHeadersInAnyOrderIsReadLikeTheCsv() throws IOException {
        signIn.as("finance.bz");
        ChargeRow charge = charges.find(ChargeFilter.empty().withState(ChargeState.PAID), PageRequest.of(0, 1)).getFirst();
        Path xlsx = Files.createTempFile("rechnung", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("Rechnung");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Betrag");
            header.createCell(1).setCellValue("Steuernummer");
            header.createCell(2).setCellValue("Zeitraum");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("17,08");
            row.createCell(1).setCellValue(charge.fiscalCode());
            row.createCell(2).setCellValue(charge.periodStart().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            workbook.write(out);
        }
        InvoiceSummary summary = invoices.check(xlsx, "rechnung.xlsx");
        assertThat(summary.matched()).isEqualTo(1);
        assertThat(lines(summary, InvoiceOutcome.MATCHED).getFirst().chargeId()).isEqualTo(charge.id());
    }

    @Test
    void aFileThatIsNotATableIsRefusedAndNothingIsKept() throws IOException {
        signIn.as("finance.po");
        long before = invoices.count();
        assertThatThrownBy(() -> invoices.check(file("%PDF-1.4 \u0000\u0001 binary", ".csv"), "fattura.pdf"))
                .isInstanceOf(ServiceException.class).extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("spreadsheet.error.notTable");
        assertThatThrownBy(() -> invoices.check(file("Nome;Cognome\nMario;Rossi\n", ".csv"), "altro.csv"))
                .isInstanceOf(ServiceException.class);
        assertThat(invoices.count()).isEqualTo(before);
    }

    @Test
    void financeOfAnotherOrderReachesNoInvoiceAndNoChargeByUpload() throws IOException {
        signIn.as("finance.po");
        var sample = new ByteArrayOutputStream();
        invoices.writeSampleInvoice(sample);
        InvoiceSummary prato = invoices.check(file(sample.toString(StandardCharsets.UTF_8), ".csv"), "fattura-po.csv");

        signIn.as("finance.fg");
        assertThatThrownBy(() -> invoices.get(prato.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invoices.lines(prato.id(), null, PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invoices.writeFile(prato.id(), new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invoices.markMatchedPaid(prato.id(), LocalDate.now())).isInstanceOf(NotFoundException.class);
        assertThat(invoices.list(PageRequest.of(0, 1000))).noneMatch(i -> i.id() == prato.id());

        // Foggia uploads Prato's invoice: no line finds a charge of Prato, none tells Prato's amounts
        InvoiceSummary foggia = invoices.check(file(sample.toString(StandardCharsets.UTF_8), ".csv"), "fattura-po.csv");
        assertThat(foggia.matched() + foggia.amountDiffers()).isZero();
        assertThat(lines(foggia, InvoiceOutcome.NOT_EXPECTED)).allMatch(l -> l.chargeId() == null && l.expectedAmount() == null
                && "finance.invoice.detail.unknown".equals(l.detail()));
    }

    private List<InvoiceLine> lines(InvoiceSummary invoice, InvoiceOutcome outcome) {
        return invoices.lines(invoice.id(), outcome, PageRequest.of(0, 1000));
    }

    private static Path file(String content, String suffix) throws IOException {
        Path file = Files.createTempFile("fattura", suffix);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
