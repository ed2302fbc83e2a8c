package it.albopec.finance.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.albopec.base.NotFoundException;
import it.albopec.base.export.ExportColumn;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.TableExports;
import it.albopec.base.ui.CappedUpload;
import it.albopec.base.ui.Downloads;
import it.albopec.base.ui.ExportMenu;
import it.albopec.base.ui.UserFeedback;
import it.albopec.finance.InvoiceCheck;
import it.albopec.finance.InvoiceLine;
import it.albopec.finance.InvoiceOutcome;
import it.albopec.finance.FinanceReports;
import it.albopec.finance.InvoiceSummary;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The provider's invoices checked line by line: FINANCE uploads the lines (.xlsx or CSV), reads the outcome of each
 * (matched, billed but not expected, expected but not billed, amount differs), opens an earlier check again
 * ({@code ?invoice=ID}) and marks the matched charges paid in one step. ADMIN reads. Both download a checked invoice's
 * report (a formatted workbook) and export its lines grid as shown (the outcome chosen).
 */
@Route("costs/invoices")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
public class InvoicesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final InvoiceCheck invoices;
    private final FinanceReports reports;
    private final Clock clock;
    private final boolean canCheck;
    private final Grid<InvoiceSummary> history = new Grid<>();
    private final Div result = new Div();
    private final Select<InvoiceOutcome> outcome = new Select<>();
    private final Grid<InvoiceLine> lines = new Grid<>();
    private final ExportMenu<InvoiceLine> linesExport;
    private Long shown;

    public InvoicesView(InvoiceCheck invoices, FinanceReports reports, TableExports exports, CurrentUser currentUser, Clock clock) {
        this.invoices = invoices;
        this.reports = reports;
        this.clock = clock;
        this.canCheck = currentUser.hasRole(AppRoles.FINANCE);
        setSizeFull();
        addClassName("invoices-view");
        var intro = new Paragraph(t("finance.invoice.intro", InvoiceCheck.MAX_FILE_SIZE / (1024 * 1024)));
        intro.getStyle().set("max-width", "60em");
        add(new H1(t("finance.invoice.title")), CostsNav.of(InvoicesView.class), intro);
        if (canCheck) {
            add(uploadBar());
        }
        history.addColumn(i -> FinanceTexts.date(LocalDate.ofInstant(i.uploadedAt(), clock.getZone()))).setHeader(t("finance.invoice.checkedOn")).setAutoWidth(true);
        history.addColumn(InvoiceSummary::fileName).setHeader(t("finance.invoice.file")).setFlexGrow(2);
        history.addColumn(InvoiceSummary::uploadedBy).setHeader(t("finance.invoice.by")).setAutoWidth(true);
        history.addColumn(i -> t("finance.invoice.counts", i.matched(), i.notExpected(), i.notBilled(), i.amountDiffers(), i.invalid()))
                .setHeader(t("finance.invoice.outcomes")).setFlexGrow(3);
        history.setItems(q -> invoices.list(PageRequest.of(q.getPage(), q.getPageSize())).stream(), q -> (int) invoices.count());
        history.setHeight("14rem");
        history.setEmptyStateText(t("finance.invoice.none"));
        history.addItemClickListener(e -> UI.getCurrent().navigate(InvoicesView.class, QueryParameters.of("invoice", String.valueOf(e.getItem().id()))));
        history.addClassName("invoice-history");
        add(new H2(t("finance.invoice.history")), history, result);
        configureLines();
        linesExport = ExportMenu.forGrid(lines, exports, "finance.invoice.lines", t("finance.invoice.linesExport"), exportColumns(),
                () -> new LinesFilter(shown == null ? 0 : shown, outcome.getValue()),
                (filter, sort, last, size) -> invoices.linesAfter(filter.invoice(), filter.outcome(), last, size));
        linesExport.addClassName("invoice-lines-export");
    }

    /** What the lines grid shows: one invoice's lines, of one outcome or all (the audit trail records it so). */
    public record LinesFilter(long invoice, @Nullable InvoiceOutcome outcome) {}

    private HorizontalLayout uploadBar() {
        var upload = new Upload(new CappedUpload(InvoiceCheck.MAX_FILE_SIZE, this::received)); // refused as it arrives past the limit
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize((int) InvoiceCheck.MAX_FILE_SIZE);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(t("finance.invoice.upload")));
        upload.setDropLabel(new Span(t("finance.invoice.drop")));
        upload.addFileRejectedListener(e -> UserFeedback.error(t("spreadsheet.error.notTable")));
        var sample = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            invoices.writeSampleInvoice(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "fattura-gestore-esempio.csv", "text/csv", out.size());
        }), t("finance.invoice.sample"));
        sample.getElement().setAttribute("download", true);
        var bar = new HorizontalLayout(upload, sample);
        bar.setAlignItems(Alignment.CENTER);
        return bar;
    }

    /** The uploaded file arrived (a temporary file): check it, keep the result, show it. */
    void received(String fileName, Path file) {
        try {
            UserFeedback.attempt(() -> {
                InvoiceSummary summary = invoices.check(file, fileName);
                history.getDataProvider().refreshAll();
                UI.getCurrent().navigate(InvoicesView.class, QueryParameters.of("invoice", String.valueOf(summary.id())));
            }, () -> {});
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void configureLines() {
        lines.addColumn(l -> l.lineNumber() == null ? "–" : String.valueOf(l.lineNumber())).setHeader(t("finance.invoice.line")).setKey("line")
                .setWidth("5rem").setFlexGrow(0);
        lines.addColumn(InvoiceLine::billedKey).setHeader(t("finance.invoice.key")).setKey("key").setFlexGrow(2);
        lines.addColumn(l -> FinanceTexts.date(l.periodStart())).setHeader(t("finance.invoice.period")).setKey("period").setWidth("8rem").setFlexGrow(0);
        lines.addColumn(l -> l.billedAmount() == null ? "" : FinanceTexts.money(l.billedAmount())).setHeader(t("finance.invoice.billed"))
                .setKey("billed").setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        lines.addColumn(l -> l.chargeId() == null ? "" : FinanceTexts.money(l.expectedAmount())).setHeader(t("finance.invoice.expected"))
                .setKey("expected").setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        lines.addComponentColumn(l -> outcomeBadge(l.outcome())).setHeader(t("finance.invoice.outcome")).setKey("outcome").setWidth("13rem").setFlexGrow(0);
        lines.addColumn(l -> detail(l, this::getTranslation)).setHeader(t("finance.invoice.detail")).setKey("detail").setFlexGrow(2);
        lines.setEmptyStateText(t("finance.invoice.noLines"));
        lines.addClassName("invoice-lines");
        lines.setHeight("28rem");
        outcome.setLabel(t("finance.invoice.outcome"));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(t("finance.filter.any"));
        outcome.setItems(InvoiceOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? t("finance.filter.any") : t("finance.invoice.outcome." + o.name()));
        outcome.addValueChangeListener(e -> lines.getDataProvider().refreshAll());
        lines.setItems(q -> shown == null ? java.util.stream.Stream.empty()
                        : invoices.lines(shown, outcome.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> shown == null ? 0 : (int) invoices.countLines(shown, outcome.getValue()));
    }

    /**
     * The lines grid's columns in a file, by the grid's keys, in the user's language; the download writes them outside
     * the UI's thread, so texts come from the application's translations with the locale read now.
     */
    private List<ExportColumn<InvoiceLine>> exportColumns() {
        var texts = it.albopec.base.Texts.of(getLocale());
        return List.of(
                ExportColumn.integer("line", t("finance.invoice.line"), InvoiceLine::lineNumber),
                ExportColumn.<InvoiceLine>text("key", t("finance.invoice.key"), InvoiceLine::billedKey).width(34),
                ExportColumn.date("period", t("finance.invoice.period"), InvoiceLine::periodStart),
                ExportColumn.money("billed", t("finance.invoice.billed"), InvoiceLine::billedAmount),
                ExportColumn.money("expected", t("finance.invoice.expected"), l -> l.chargeId() == null ? null : l.expectedAmount()),
                ExportColumn.<InvoiceLine>text("outcome", t("finance.invoice.outcome"), l -> texts.get("finance.invoice.outcome." + l.outcome().name()))
                        .width(30),
                ExportColumn.<InvoiceLine>text("detail", t("finance.invoice.detail"), l -> detail(l, texts::get)).width(40));
    }

    /** Why a line has its outcome: a translation key of ours, or the text as it is. */
    private static String detail(InvoiceLine line, java.util.function.Function<String, String> t) {
        return line.detail() == null ? "" : line.detail().startsWith("finance.") ? t.apply(line.detail()) : line.detail();
    }

    static Span outcomeBadge(InvoiceOutcome outcome) {
        var badge = new Span(FinanceTexts.t("finance.invoice.outcome." + outcome.name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (outcome) {
            case MATCHED -> "success";
            case NOT_EXPECTED, AMOUNT_DIFFERS, INVALID -> "error";
            case NOT_BILLED -> "contrast";
        });
        badge.addClassName("outcome-" + outcome.name().toLowerCase());
        return badge;
    }

    private void show(InvoiceSummary invoice) {
        shown = invoice.id();
        result.removeAll();
        var summary = new Paragraph(t("finance.invoice.summary", invoice.fileName(), FinanceTexts.date(invoice.periodFrom()),
                FinanceTexts.date(invoice.periodTo()), invoice.lines(), FinanceTexts.money(invoice.billedTotal())));
        summary.addClassName("invoice-summary");
        var counts = new Paragraph(t("finance.invoice.counts", invoice.matched(), invoice.notExpected(), invoice.notBilled(),
                invoice.amountDiffers(), invoice.invalid()));
        counts.addClassName("invoice-counts");
        var file = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            invoices.writeFile(invoice.id(), out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), invoice.fileName(), "application/octet-stream", out.size());
        }), t("finance.invoice.original"));
        file.getElement().setAttribute("download", true);
        Locale locale = getLocale();
        var report = Downloads.link(t("finance.report.invoice.download"),
                t("finance.report.invoice.fileName") + "-" + invoice.id() + "-" + LocalDate.now(clock) + "." + ExportFormat.XLSX.extension(),
                ExportFormat.XLSX, out -> reports.writeInvoiceReport(invoice.id(), locale, out));
        report.addClassName("invoice-report");
        var actions = new HorizontalLayout(outcome, file, report, linesExport);
        actions.setAlignItems(Alignment.END);
        if (canCheck && invoice.matched() > 0) {
            var pay = new Button(t("finance.invoice.markPaid", invoice.matched()), e -> UserFeedback.attempt(() -> {
                new SettlementOutcomeDialog(invoices.markMatchedPaid(invoice.id(), LocalDate.now(clock))).open();
            }, () -> {}));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.addClassName("mark-matched-paid");
            actions.add(pay);
        }
        result.add(new H2(t("finance.invoice.result")), summary, counts, actions, lines);
        lines.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        shown = null;
        result.removeAll();
        parameters.getOrDefault("invoice", List.of()).stream().findFirst().ifPresent(id -> {
            try {
                show(invoices.get(Long.parseLong(id)));
            } catch (NumberFormatException | NotFoundException e) {
                result.add(new Paragraph(t("base.error.notFound"))); // another Order's invoice reads like a missing one
            }
        });
    }

    private static String t(String key, Object... args) {
        return FinanceTexts.t(key, args);
    }

    @Override
    public String getPageTitle() {
        return t("finance.invoice.title") + " · " + t("base.appName");
    }
}
