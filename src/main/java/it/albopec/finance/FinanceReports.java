package it.albopec.finance;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import it.albopec.base.TenantHeader;
import it.albopec.base.Texts;
import it.albopec.base.export.CellType;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.Formula;
import it.albopec.base.export.ListExported;
import it.albopec.base.export.ReportWorkbook;
import it.albopec.base.export.SheetWriter;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance reports as formatted workbooks, in the reader's language: the budget per fiscal year and payer, and a
 * checked invoice of the provider (a summary per outcome, then every line). Written straight to the download; each
 * is audited as an export ({@link ListExported}), since the invoice's report names members. Totals and differences
 * are formulas we write from cell positions ({@link Formula}), never text of the data.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class FinanceReports {

    static final String BUDGET_LIST = "finance.budget";
    static final String INVOICE_LIST = "finance.invoice.report";

    private final ChargeService charges;
    private final InvoiceCheck invoices;
    private final JdbcTemplate jdbc;
    private final TenantHeader tenant;
    private final CurrentUser currentUser;
    private final I18NProvider translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FinanceReports(ChargeService charges, InvoiceCheck invoices, JdbcTemplate jdbc, TenantHeader tenant, CurrentUser currentUser,
                   I18NProvider translations, ApplicationEventPublisher events, Clock clock) {
        this.charges = charges;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.currentUser = currentUser;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The budget of {@link ChargeService#budget()}: a row per fiscal year with the terms and amounts the Order and its
     * members pay, a total per payer and an overall total per year (formulas), and a totals row (formulas).
     */
    public void writeBudget(Locale locale, OutputStream out) {
        List<BudgetYear> years = charges.budget();
        var t = new Texts(translations, locale);
        List<String> headers = List.of(t.get("finance.budget.year"), t.get("finance.report.budget.orderTerms"), t.get("finance.budget.orderCharged"),
                t.get("finance.budget.orderForecast"), t.get("finance.budget.orderTotal"), t.get("finance.report.budget.memberTerms"),
                t.get("finance.budget.memberCharged"), t.get("finance.budget.memberForecast"), t.get("finance.budget.memberTotal"),
                t.get("finance.budget.total"));
        boolean completed = false;
        try (var workbook = new ReportWorkbook()) {
            var sheet = workbook.sheet(t.get("finance.report.budget.sheet"));
            sheet.title(t.get("finance.report.budget.title"))
                    .info(t.get("finance.report.order"), tenant.currentOrderName(locale), CellType.TEXT)
                    .info(t.get("finance.report.madeOn"), LocalDate.now(clock), CellType.DATE)
                    .info(t.get("finance.report.madeBy"), currentUser.usernameOrSystem(), CellType.TEXT)
                    .info(t.get("finance.report.rule"), t.get("finance.report.budget.rule", ChargeRules.PAYMENT_TERM_DAYS), CellType.TEXT);
            long missing = years.stream().mapToLong(BudgetYear::withoutAmount).sum();
            if (missing > 0) {
                sheet.info(t.get("finance.report.warning"), t.get("finance.budget.withoutAmount", missing), CellType.TEXT);
            }
            sheet.blank().header(headers, List.of(12, 14, 20, 20, 24, 14, 20, 20, 20, 16));
            int first = sheet.nextRow();
            for (BudgetYear year : years) {
                var row = sheet.row();
                int r = row.index();
                row.value(year.year(), CellType.INTEGER)
                        .value(year.orderTerms(), CellType.INTEGER).value(year.orderCharged(), CellType.MONEY).value(year.orderForecast(), CellType.MONEY)
                        .formula(Formula.sum(r, 2, r, 3), CellType.MONEY, year.orderTotal())
                        .value(year.memberTerms(), CellType.INTEGER).value(year.memberCharged(), CellType.MONEY).value(year.memberForecast(), CellType.MONEY)
                        .formula(Formula.sum(r, 6, r, 7), CellType.MONEY, year.memberTotal())
                        .formula(Formula.sumOfRow(r, 4, 8), CellType.MONEY, year.total());
            }
            int last = sheet.nextRow() - 1;
            var totals = sheet.row().bold().text(t.get("finance.report.total"));
            List<java.util.function.Function<BudgetYear, BigDecimal>> columns = List.of(y -> BigDecimal.valueOf(y.orderTerms()),
                    BudgetYear::orderCharged, BudgetYear::orderForecast, BudgetYear::orderTotal, y -> BigDecimal.valueOf(y.memberTerms()),
                    BudgetYear::memberCharged, BudgetYear::memberForecast, BudgetYear::memberTotal, BudgetYear::total);
            for (int c = 1; c <= columns.size(); c++) {
                var value = columns.get(c - 1);
                totals.formula(Formula.sum(first, c, last, c), c == 1 || c == 5 ? CellType.INTEGER : CellType.MONEY,
                        years.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            workbook.write(out);
            completed = true;
        } finally {
            events.publishEvent(new ListExported(BUDGET_LIST, t.get("finance.report.budget.title"), "", ExportFormat.XLSX, headers, years.size(), completed));
        }
    }

    /**
     * A checked invoice of the provider: the file, its period, who checked it and when; per outcome the lines and
     * the amounts billed and expected, with their difference and the totals as formulas; then, on a second sheet,
     * every line with the member, codice fiscale, PEC address, period, amounts, difference (a formula) and outcome.
     * Names and addresses come from the provider's file: a text that could run as a formula is written as text.
     * Another Order's invoice is "not found".
     */
    public void writeInvoiceReport(long invoiceId, Locale locale, OutputStream out) {
        InvoiceSummary invoice = invoices.get(invoiceId);
        long orderId = currentUser.requireOrderId();
        var t = new Texts(translations, locale);
        List<String> lineHeaders = List.of(t.get("finance.invoice.line"), t.get("finance.report.invoice.member"),
                t.get("finance.report.invoice.fiscalCode"), t.get("finance.report.invoice.pec"), t.get("finance.report.invoice.periodFrom"),
                t.get("finance.report.invoice.periodTo"), t.get("finance.invoice.billed"), t.get("finance.invoice.expected"),
                t.get("finance.report.invoice.difference"), t.get("finance.invoice.outcome"), t.get("finance.invoice.detail"));
        long written = 0;
        boolean completed = false;
        try (var workbook = new ReportWorkbook()) {
            var summary = workbook.sheet(t.get("finance.report.invoice.sheet"));
            summary.title(t.get("finance.report.invoice.title"))
                    .info(t.get("finance.report.order"), tenant.currentOrderName(locale), CellType.TEXT)
                    .info(t.get("finance.report.invoice.file"), invoice.fileName(), CellType.TEXT)
                    .info(t.get("finance.report.invoice.periodFrom"), invoice.periodFrom(), CellType.DATE)
                    .info(t.get("finance.report.invoice.periodTo"), invoice.periodTo(), CellType.DATE)
                    .info(t.get("finance.invoice.checkedOn"), invoice.uploadedAt(), CellType.TIMESTAMP)
                    .info(t.get("finance.invoice.by"), invoice.uploadedBy(), CellType.TEXT)
                    .info(t.get("finance.report.madeOn"), LocalDate.now(clock), CellType.DATE)
                    .info(t.get("finance.report.madeBy"), currentUser.usernameOrSystem(), CellType.TEXT)
                    .blank()
                    .header(List.of(t.get("finance.invoice.outcome"), t.get("finance.report.invoice.lines"), t.get("finance.invoice.billed"),
                            t.get("finance.invoice.expected"), t.get("finance.report.invoice.difference")), List.of(34, 10, 18, 18, 18));
            Map<InvoiceOutcome, OutcomeSums> sums = outcomeSums(invoiceId, orderId);
            int first = summary.nextRow();
            for (InvoiceOutcome outcome : InvoiceOutcome.values()) {
                OutcomeSums s = sums.get(outcome);
                var row = summary.row();
                row.text(t.get("finance.invoice.outcome." + outcome.name())).value(s.lines(), CellType.INTEGER)
                        .value(s.billed(), CellType.MONEY).value(s.expected(), CellType.MONEY)
                        .formula(Formula.difference(row.index(), 2, 3), CellType.MONEY, s.billed().subtract(s.expected()));
            }
            int last = summary.nextRow() - 1;
            var totals = summary.row().bold().text(t.get("finance.report.total"));
            totals.formula(Formula.sum(first, 1, last, 1), CellType.INTEGER,
                    BigDecimal.valueOf(sums.values().stream().mapToLong(OutcomeSums::lines).sum()));
            BigDecimal billed = sums.values().stream().map(OutcomeSums::billed).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal expected = sums.values().stream().map(OutcomeSums::expected).reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.formula(Formula.sum(first, 2, last, 2), CellType.MONEY, billed)
                    .formula(Formula.sum(first, 3, last, 3), CellType.MONEY, expected)
                    .formula(Formula.sum(first, 4, last, 4), CellType.MONEY, billed.subtract(expected));

            var lines = workbook.sheet(t.get("finance.report.invoice.linesSheet"));
            lines.header(lineHeaders, List.of(7, 28, 18, 34, 12, 12, 14, 14, 14, 30, 40));
            Map<InvoiceOutcome, String> labels = new EnumMap<>(InvoiceOutcome.class);
            for (InvoiceOutcome outcome : InvoiceOutcome.values()) {
                labels.put(outcome, t.get("finance.invoice.outcome." + outcome.name()));
            }
            InvoiceLine lastLine = null;
            while (true) {
                List<InvoiceLine> page = invoices.linesAfter(invoiceId, null, lastLine, SheetWriter.PAGE_SIZE);
                Map<Long, ChargeParty> parties = parties(orderId, page);
                for (InvoiceLine line : page) {
                    ChargeParty party = line.chargeId() == null ? null : parties.get(line.chargeId());
                    boolean address = line.billedKey() != null && line.billedKey().contains("@");
                    var row = lines.row();
                    row.value(line.lineNumber(), CellType.INTEGER)
                            .text(party == null ? null : party.name())
                            .value(party != null ? party.fiscalCode() : address ? null : line.billedKey(), CellType.CODE)
                            .text(party != null && party.pecAddress() != null ? party.pecAddress() : address ? line.billedKey() : null)
                            .value(line.periodStart(), CellType.DATE)
                            .value(party == null ? null : party.periodEnd().minusDays(1), CellType.DATE)
                            .value(line.billedAmount(), CellType.MONEY)
                            .value(line.expectedAmount(), CellType.MONEY);
                    if (line.billedAmount() != null || line.expectedAmount() != null) {
                        row.formula(Formula.difference(row.index(), 6, 7), CellType.MONEY, orZero(line.billedAmount()).subtract(orZero(line.expectedAmount())));
                    } else {
                        row.skip();
                    }
                    row.text(labels.get(line.outcome())).text(detail(line.detail(), t));
                }
                written += page.size();
                if (page.size() < SheetWriter.PAGE_SIZE) {
                    break;
                }
                lastLine = page.getLast();
            }
            workbook.write(out);
            completed = true;
        } finally {
            events.publishEvent(new ListExported(INVOICE_LIST, t.get("finance.report.invoice.title"), "invoice=" + invoiceId + " (" + invoice.fileName() + ")", ExportFormat.XLSX,
                    lineHeaders, written, completed));
        }
    }

    /** The translated text of a line's detail (a translation key), or the detail as it is. */
    private static @Nullable String detail(@Nullable String detail, Texts t) {
        return detail != null && detail.startsWith("finance.") ? t.get(detail) : detail;
    }

    private static BigDecimal orZero(@Nullable BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private record OutcomeSums(long lines, BigDecimal billed, BigDecimal expected) {}

    private Map<InvoiceOutcome, OutcomeSums> outcomeSums(long invoiceId, long orderId) {
        Map<InvoiceOutcome, OutcomeSums> sums = new EnumMap<>(InvoiceOutcome.class);
        for (InvoiceOutcome outcome : InvoiceOutcome.values()) {
            sums.put(outcome, new OutcomeSums(0, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        jdbc.query("SELECT l.outcome, COUNT(*), COALESCE(SUM(l.billed_amount), 0), COALESCE(SUM(l.expected_amount), 0) FROM finance_invoice_line l "
                        + "JOIN finance_invoice i ON i.id = l.invoice_id WHERE l.invoice_id = ? AND i.order_id = ? GROUP BY l.outcome",
                rs -> {
                    sums.put(InvoiceOutcome.valueOf(rs.getString(1)), new OutcomeSums(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }, invoiceId, orderId);
        return sums;
    }

    /** Who a charge is for: the member, their codice fiscale, the mailbox's address, the end of the term. */
    private record ChargeParty(String name, String fiscalCode, @Nullable String pecAddress, LocalDate periodEnd) {}

    /** The members and mailboxes of a page's charges, in one query, of the Order's charges only. */
    private Map<Long, ChargeParty> parties(long orderId, List<InvoiceLine> page) {
        List<Long> ids = page.stream().map(InvoiceLine::chargeId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, ChargeParty> parties = new HashMap<>();
        if (ids.isEmpty()) {
            return parties;
        }
        var args = new ArrayList<Object>();
        args.add(orderId);
        args.addAll(ids);
        jdbc.query("SELECT ch.id, m.surname, m.given_name, m.fiscal_code, b.pec_address, ch.period_end FROM finance_charge ch "
                        + "JOIN member m ON m.id = ch.member_id JOIN mailbox b ON b.id = ch.mailbox_id WHERE ch.order_id = ? AND ch.id IN ("
                        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")",
                rs -> {
                    parties.put(rs.getLong(1), new ChargeParty(rs.getString(2) + " " + rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getDate(6).toLocalDate()));
                }, args.toArray());
        return parties;
    }
}
