package it.albopec.spreadsheet.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.albopec.spreadsheet.ImportRowDetails;
import it.albopec.spreadsheet.ImportRowOutcome;
import it.albopec.spreadsheet.ImportRunDetails;
import it.albopec.spreadsheet.ImportService;
import it.albopec.spreadsheet.ImportStatus;

/**
 * One run as the dry run left it: its counts, why it stopped if it did, its rows (lazy, the invalid ones first), the
 * downloads, and — while it waits — the apply button, blocked by invalid rows unless the user chooses to skip them.
 */
class RunPreview extends Composite<VerticalLayout> {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Told to apply a run, and whether to skip its invalid rows. */
    @FunctionalInterface
    interface ApplyAction {
        void apply(long runId, boolean skipInvalid);
    }

    private final ImportService imports;
    private final ImportTexts texts;
    private final ApplyAction applyAction;
    private final java.util.function.Function<String, java.util.Optional<it.albopec.member.MemberSummary>> members;

    /** @param members the register's member of a codice fiscale (names of the members the provider does not list) */
    RunPreview(ImportService imports, ImportTexts texts, ApplyAction applyAction,
               java.util.function.Function<String, java.util.Optional<it.albopec.member.MemberSummary>> members) {
        this.imports = imports;
        this.texts = texts;
        this.applyAction = applyAction;
        this.members = members;
        getContent().setPadding(false);
        setVisible(false);
    }

    void show(long runId) {
        ImportRunDetails run = imports.get(runId);
        List<String> headers = imports.headers(runId);
        VerticalLayout area = getContent();
        area.removeAll();
        area.add(new H2(run.fileName() + " — " + texts.status(run.status())), new Paragraph(texts.summary(run)));
        if (run.failure() != null) {
            area.add(new Paragraph(texts.failure(run)));
        }
        if (!run.unknownToProvider().isEmpty()) {
            area.add(new UnknownToProviderGrid(run.unknownToProvider(), members));
        }
        var filter = new Select<ImportRowOutcome>();
        filter.setLabel(texts.get("spreadsheet.import.filter"));
        filter.setItems(ImportRowOutcome.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(texts.outcome(null));
        filter.setItemLabelGenerator(texts::outcome);
        var rows = rows(runId, headers, filter);
        filter.addValueChangeListener(e -> rows.getDataProvider().refreshAll());
        if (run.invalid() > 0) {
            filter.setValue(ImportRowOutcome.INVALID);
        }
        area.add(filter, rows, downloads(run, headers));
        if (run.status() == ImportStatus.PREVIEWED) {
            area.add(actions(run));
        }
        setVisible(true);
    }

    private Grid<ImportRowDetails> rows(long runId, List<String> headers, Select<ImportRowOutcome> filter) {
        var rows = new Grid<ImportRowDetails>();
        rows.addColumn(ImportRowDetails::sheetRow).setHeader(texts.get("spreadsheet.column.row")).setWidth("5em").setFlexGrow(0);
        rows.addColumn(r -> texts.outcome(r.outcome())).setHeader(texts.get("spreadsheet.column.outcome")).setWidth("9em").setFlexGrow(0);
        rows.addColumn(ImportRowDetails::fiscalCode).setHeader(texts.get("spreadsheet.column.fiscalCode")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRowDetails::label).setHeader(texts.get("spreadsheet.column.name")).setWidth("14em").setFlexGrow(0);
        rows.addColumn(r -> texts.details(r, headers)).setHeader(texts.get("spreadsheet.column.details")).setFlexGrow(1);
        rows.setItems(query -> imports.rows(runId, filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) imports.countRows(runId, filter.getValue()));
        rows.setHeight("24em");
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addClassName("import-rows");
        return rows;
    }

    private HorizontalLayout downloads(ImportRunDetails run, List<String> headers) {
        var downloads = new HorizontalLayout();
        long runId = run.id();
        if (run.invalid() > 0) {
            downloads.add(download(texts.get("spreadsheet.import.downloadFailed"), stem(run.fileName()) + "-righe-non-valide.xlsx",
                    out -> imports.writeFailedRows(runId, out, p -> texts.problem(p, headers), texts.get("spreadsheet.column.error"))));
        }
        if (run.total() > 0) {
            downloads.add(download(texts.get("spreadsheet.import.downloadPreview"), stem(run.fileName()) + "-anteprima.xlsx",
                    out -> imports.writePreview(runId, out, List.of(texts.get("spreadsheet.column.row"), texts.get("spreadsheet.column.outcome"),
                                    texts.get("spreadsheet.column.fiscalCode"), texts.get("spreadsheet.column.name"),
                                    texts.get("spreadsheet.column.details")),
                            r -> new Object[] {r.sheetRow(), texts.outcome(r.outcome()), r.fiscalCode(), r.label(), texts.details(r, headers)})));
        }
        return downloads;
    }

    private VerticalLayout actions(ImportRunDetails run) {
        var area = new VerticalLayout();
        area.setPadding(false);
        var skipInvalid = new Checkbox(texts.get("spreadsheet.import.skipInvalid"));
        skipInvalid.setVisible(run.invalid() > 0);
        // a provider's list changes mailboxes, not the register
        var apply = new Button(texts.get(run.kind() == it.albopec.spreadsheet.ImportKind.PROVIDER_MAILBOXES
                ? "spreadsheet.import.applyMailboxes" : "spreadsheet.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean anythingToWrite = run.created() + run.changed() > 0;
        apply.setEnabled(anythingToWrite && run.invalid() == 0);
        skipInvalid.addValueChangeListener(e -> apply.setEnabled(anythingToWrite && e.getValue()));
        apply.addClickListener(e -> applyAction.apply(run.id(), skipInvalid.getValue()));
        if (run.invalid() > 0) {
            var blocked = new Paragraph(texts.get("spreadsheet.import.blocked", run.invalid()));
            blocked.addClassName("import-blocked");
            area.add(blocked);
        }
        var buttons = new HorizontalLayout(apply, skipInvalid);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        area.add(buttons);
        return area;
    }

    private static Anchor download(String text, String fileName, Consumer<OutputStream> writer) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            writer.accept(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName, XLSX, out.size());
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
