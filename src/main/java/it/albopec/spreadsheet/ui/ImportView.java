package it.albopec.spreadsheet.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import it.albopec.audit.FieldChange;
import it.albopec.base.ServiceException;
import it.albopec.base.ui.UserFeedback;
import it.albopec.security.AppRoles;
import it.albopec.spreadsheet.ImportExecutor;
import it.albopec.spreadsheet.ImportField;
import it.albopec.spreadsheet.ImportKind;
import it.albopec.spreadsheet.ImportProblem;
import it.albopec.spreadsheet.ImportProgress;
import it.albopec.spreadsheet.ImportRowDetails;
import it.albopec.spreadsheet.ImportRowOutcome;
import it.albopec.spreadsheet.ImportRunDetails;
import it.albopec.spreadsheet.ImportService;
import it.albopec.spreadsheet.ImportStatus;
import it.albopec.spreadsheet.SheetLayout;
import it.albopec.spreadsheet.UploadedWorkbook;
import jakarta.annotation.security.RolesAllowed;
import org.apache.poi.ss.util.CellReference;

/**
 * Imports from Excel: upload, choose the sheet, check the columns, dry run (nothing written), then apply — or
 * download the invalid rows, fix them in Excel and import them again. Reading and writing run in the background
 * with a progress bar and can be cancelled; the history below keeps every import with its preview.
 */
@Route("imports")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 40, title = "spreadsheet.nav.imports", icon = "FILE_TABLE")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private final ImportService imports;
    private final ImportExecutor executor;
    private final it.albopec.member.MemberService members;
    private final Select<ImportKind> kind = new Select<>();
    private final Select<String> sheet = new Select<>();
    private final Span fileLabel = new Span();
    private final Grid<Integer> columns = new Grid<>();
    private final Map<Integer, Select<ImportField>> columnFields = new HashMap<>();
    private final Button previewButton = new Button();
    private final VerticalLayout mappingArea = new VerticalLayout();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancelButton = new Button();
    private final HorizontalLayout progressArea = new HorizontalLayout();
    private final VerticalLayout previewArea = new VerticalLayout();
    private final Grid<ImportRunDetails> history = new Grid<>();
    private final Upload upload;
    private Consumer<Runnable> runner;
    private UploadedWorkbook workbook;
    private SheetLayout layout;
    private Path uploaded;
    private volatile boolean cancelled;

    public ImportView(ImportService imports, ImportExecutor executor, it.albopec.member.MemberService members) {
        this.members = members;
        this.imports = imports;
        this.executor = executor;
        this.runner = executor::submit;
        setWidthFull();
        add(new H1(getTranslation("spreadsheet.import.title")),
                new Paragraph(getTranslation("spreadsheet.import.intro", imports.maxUploadSize() / (1024 * 1024))));

        kind.setLabel(getTranslation("spreadsheet.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("spreadsheet.kind." + k.name()));
        kind.setValue(ImportKind.REGISTER);
        kind.addValueChangeListener(e -> {
            if (workbook != null && sheet.getValue() != null) {
                chooseSheet(sheet.getValue());
            }
        });
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            Runnable receive = () -> received(metadata.fileName(), file.toPath());
            if (ui != null) {
                ui.accessSynchronously(receive::run);
            } else {
                receive.run();
            }
        }));
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxUploadSize()));
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("spreadsheet.import.upload")));
        upload.setDropLabel(new Span(getTranslation("spreadsheet.import.drop")));
        upload.addFileRejectedListener(e -> UserFeedback.error(getTranslation("spreadsheet.error.notXlsx")));
        var top = new HorizontalLayout(kind, upload);
        top.setAlignItems(FlexComponent.Alignment.END);
        add(top);

        sheet.setLabel(getTranslation("spreadsheet.import.sheet"));
        sheet.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chooseSheet(e.getValue());
            }
        });
        configureColumns();
        previewButton.setText(getTranslation("spreadsheet.import.preview"));
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewButton.addClickListener(e -> startPreview());
        mappingArea.setPadding(false);
        mappingArea.add(new HorizontalLayout(fileLabel, sheet), new Span(getTranslation("spreadsheet.import.columns")), columns, previewButton);
        mappingArea.setVisible(false);

        progressBar.setWidth("24em");
        cancelButton.setText(getTranslation("spreadsheet.import.cancel"));
        cancelButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancelButton.addClickListener(e -> cancelled = true);
        progressArea.add(progressBar, progressText, cancelButton);
        progressArea.setAlignItems(FlexComponent.Alignment.CENTER);
        progressArea.setVisible(false);
        previewArea.setPadding(false);
        previewArea.setVisible(false);
        add(mappingArea, progressArea, previewArea, new H2(getTranslation("spreadsheet.import.history")), history);
        configureHistory();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spreadsheet.nav.imports");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelled = true;
        deleteUpload();
        super.onDetach(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        cancelled = false;
    }

    /** Tests run the background work in the calling thread. */
    void runInline() {
        this.runner = Runnable::run;
    }

    /** The uploaded file arrived (held in a temporary file): check it and show its sheets and columns. */
    void received(String fileName, Path file) {
        deleteUpload();
        upload.clearFileList(); // the next file can be chosen at once
        previewArea.setVisible(false);
        try {
            uploaded = Files.createTempFile("albopec-import-", ".xlsx");
            Files.move(file, uploaded, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean ok = UserFeedback.attempt(() -> {
            workbook = imports.open(uploaded, fileName);
            sheet.setItems(workbook.sheets());
            sheet.setValue(workbook.sheets().getFirst());
            sheet.setVisible(workbook.sheets().size() > 1);
            fileLabel.setText(getTranslation("spreadsheet.import.file", fileName, Math.max(1, workbook.size() / 1024)));
            chooseSheet(workbook.sheets().getFirst());
        }, () -> {});
        if (!ok) {
            deleteUpload();
            mappingArea.setVisible(false);
            history.getDataProvider().refreshAll();
        }
    }

    void chooseSheet(String name) {
        boolean ok = UserFeedback.attempt(() -> {
            layout = imports.layout(workbook, name, kind.getValue());
            columnFields.clear();
            var indexes = new ArrayList<Integer>();
            for (int i = 0; i < layout.headers().size(); i++) {
                if (!layout.headers().get(i).isBlank() || layout.mapping().containsKey(i)) {
                    indexes.add(i);
                }
            }
            columns.setItems(indexes);
            mappingArea.setVisible(true);
        }, () -> {});
        if (!ok) {
            mappingArea.setVisible(false);
            history.getDataProvider().refreshAll();
        }
    }

    private void configureColumns() {
        columns.addColumn(i -> CellReference.convertNumToColString(i)).setHeader(getTranslation("spreadsheet.column.column"))
                .setWidth("4em").setFlexGrow(0);
        columns.addColumn(i -> layout.headers().get(i)).setHeader(getTranslation("spreadsheet.column.header"));
        columns.addComponentColumn(i -> columnFields.computeIfAbsent(i, this::fieldChoice)).setHeader(getTranslation("spreadsheet.column.field"));
        columns.setAllRowsVisible(true);
        columns.setWidth("48em");
    }

    private Select<ImportField> fieldChoice(int column) {
        var select = new Select<ImportField>();
        select.setItems(ImportField.of(kind.getValue()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("spreadsheet.import.ignore"));
        select.setItemLabelGenerator(f -> f == null ? getTranslation("spreadsheet.import.ignore") : getTranslation("spreadsheet.field." + f.name()));
        select.setValue(layout.mapping().get(column));
        select.setWidthFull();
        return select;
    }

    /** The mapping as the user left it: column → field. */
    Map<Integer, ImportField> mapping() {
        var mapping = new HashMap<Integer, ImportField>();
        for (int i = 0; i < layout.headers().size(); i++) {
            ImportField field = columnFields.containsKey(i) ? columnFields.get(i).getValue() : layout.mapping().get(i);
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(i, field);
            }
        }
        return mapping;
    }

    /** Sets what a column holds (tests, and the remembered mapping). */
    void mapColumn(int column, ImportField field) {
        columnFields.computeIfAbsent(column, this::fieldChoice).setValue(field);
    }

    void startPreview() {
        if (workbook == null) {
            return;
        }
        UI ui = UI.getCurrent();
        var chosenMapping = mapping();
        String chosenSheet = sheet.getValue();
        ImportKind chosenKind = kind.getValue();
        UploadedWorkbook file = workbook;
        showProgress(true, getTranslation("spreadsheet.import.reading", 0));
        runInBackground(ui, () -> {
            long runId = imports.preview(file, chosenSheet, chosenKind, chosenMapping, progress(ui, "spreadsheet.import.reading"));
            update(ui, () -> {
                showProgress(false, "");
                mappingArea.setVisible(false);
                deleteUpload();
                history.getDataProvider().refreshAll();
                showRun(runId);
            });
        });
    }

    /** The preview of a run: counts, its rows (lazy), apply and downloads. */
    void showRun(long runId) {
        ImportRunDetails run = imports.get(runId);
        List<String> headers = imports.headers(runId);
        previewArea.removeAll();
        previewArea.add(new H2(run.fileName() + " — " + getTranslation("spreadsheet.status." + run.status().name())));
        previewArea.add(new Paragraph(summary(run)));
        if (run.failure() != null) {
            previewArea.add(new Paragraph(failureText(run)));
        }
        if (!run.unknownToProvider().isEmpty()) {
            previewArea.add(new UnknownToProviderGrid(run.unknownToProvider(), members::findByFiscalCode));
        }
        var filter = new Select<ImportRowOutcome>();
        filter.setLabel(getTranslation("spreadsheet.import.filter"));
        filter.setItems(ImportRowOutcome.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("spreadsheet.import.filterAll"));
        filter.setItemLabelGenerator(o -> o == null ? getTranslation("spreadsheet.import.filterAll") : getTranslation("spreadsheet.outcome." + o.name()));
        var rows = new Grid<ImportRowDetails>();
        rows.addColumn(ImportRowDetails::sheetRow).setHeader(getTranslation("spreadsheet.column.row")).setWidth("5em").setFlexGrow(0);
        rows.addColumn(r -> getTranslation("spreadsheet.outcome." + r.outcome().name())).setHeader(getTranslation("spreadsheet.column.outcome"))
                .setWidth("9em").setFlexGrow(0);
        rows.addColumn(ImportRowDetails::fiscalCode).setHeader(getTranslation("spreadsheet.column.fiscalCode")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRowDetails::label).setHeader(getTranslation("spreadsheet.column.name")).setWidth("14em").setFlexGrow(0);
        rows.addColumn(r -> details(r, headers)).setHeader(getTranslation("spreadsheet.column.details")).setFlexGrow(1);
        rows.setItems(query -> imports.rows(runId, filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) imports.countRows(runId, filter.getValue()));
        rows.setHeight("24em");
        rows.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addClassName("import-rows");
        filter.addValueChangeListener(e -> rows.getDataProvider().refreshAll());
        if (run.invalid() > 0) {
            filter.setValue(ImportRowOutcome.INVALID);
        }
        var downloads = new HorizontalLayout();
        if (run.invalid() > 0) {
            downloads.add(download(getTranslation("spreadsheet.import.downloadFailed"), stem(run.fileName()) + "-righe-non-valide.xlsx",
                    out -> imports.writeFailedRows(runId, out, p -> problemText(p, headers), getTranslation("spreadsheet.column.error"))));
        }
        if (run.total() > 0) {
            downloads.add(download(getTranslation("spreadsheet.import.downloadPreview"), stem(run.fileName()) + "-anteprima.xlsx",
                    out -> imports.writePreview(runId, out, List.of(getTranslation("spreadsheet.column.row"),
                            getTranslation("spreadsheet.column.outcome"), getTranslation("spreadsheet.column.fiscalCode"),
                            getTranslation("spreadsheet.column.name"), getTranslation("spreadsheet.column.details")),
                            r -> new Object[] {r.sheetRow(), getTranslation("spreadsheet.outcome." + r.outcome().name()), r.fiscalCode(),
                                    r.label(), details(r, headers)})));
        }
        previewArea.add(filter, rows, downloads);
        if (run.status() == ImportStatus.PREVIEWED) {
            var skipInvalid = new Checkbox(getTranslation("spreadsheet.import.skipInvalid"));
            skipInvalid.setVisible(run.invalid() > 0);
            var apply = new Button(getTranslation(run.kind() == ImportKind.PROVIDER_MAILBOXES ? "spreadsheet.import.applyMailboxes" : "spreadsheet.import.apply"));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            boolean anythingToWrite = run.created() + run.changed() > 0;
            apply.setEnabled(anythingToWrite && run.invalid() == 0);
            skipInvalid.addValueChangeListener(e -> apply.setEnabled(anythingToWrite && e.getValue()));
            apply.addClickListener(e -> startApply(runId, skipInvalid.getValue()));
            if (run.invalid() > 0) {
                var blocked = new Paragraph(getTranslation("spreadsheet.import.blocked", run.invalid()));
                blocked.addClassName("import-blocked");
                previewArea.add(blocked);
            }
            var actions = new HorizontalLayout(apply, skipInvalid);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            previewArea.add(actions);
        }
        previewArea.setVisible(true);
    }

    void startApply(long runId, boolean skipInvalid) {
        ImportRunDetails run = imports.get(runId);
        if (run.invalid() > 0 && !skipInvalid) {
            UserFeedback.error(getTranslation("spreadsheet.import.blocked", run.invalid()));
            return;
        }
        UI ui = UI.getCurrent();
        showProgress(true, getTranslation("spreadsheet.import.applying", 0, run.created() + run.changed()));
        runInBackground(ui, () -> {
            ImportRunDetails result = imports.apply(runId, skipInvalid, progress(ui, "spreadsheet.import.applying"));
            update(ui, () -> {
                showProgress(false, "");
                history.getDataProvider().refreshAll();
                showRun(runId);
                switch (result.status()) {
                    case APPLIED -> UserFeedback.success(getTranslation("spreadsheet.import.applied", result.applied()));
                    case CANCELLED -> UserFeedback.success(getTranslation("spreadsheet.cancelled"));
                    default -> UserFeedback.error(failureText(result));
                }
            });
        });
    }

    private void runInBackground(UI ui, Runnable task) {
        cancelled = false;
        runner.accept(() -> {
            try {
                task.run();
            } catch (ServiceException e) {
                update(ui, () -> {
                    showProgress(false, "");
                    history.getDataProvider().refreshAll();
                    UserFeedback.error(getTranslation(e.messageKey(), e.arguments()));
                });
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ImportView.class).error("Import failed", e);
                update(ui, () -> {
                    showProgress(false, "");
                    UserFeedback.error(getTranslation("spreadsheet.error.applyFailed"));
                });
            }
        });
    }

    private ImportProgress progress(UI ui, String key) {
        long start = System.nanoTime();
        return new ImportProgress() {
            @Override
            public void progress(long done, long total) {
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                update(ui, () -> {
                    String text = "spreadsheet.import.applying".equals(key) ? getTranslation(key, done, total) : getTranslation(key, done);
                    if (total > 0 && done > 0 && done < total) {
                        progressBar.setIndeterminate(false);
                        progressBar.setValue(Math.min(1.0, (double) done / total));
                        long leftSeconds = elapsedMs * (total - done) / done / 1000;
                        text += " — " + getTranslation("spreadsheet.import.timeLeft", leftSeconds);
                    }
                    progressText.setText(text);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private static void update(UI ui, Runnable change) {
        if (ui.getSession().hasLock()) {
            change.run();
        } else {
            ui.access(change::run);
        }
    }

    private void showProgress(boolean visible, String text) {
        progressArea.setVisible(visible);
        progressBar.setIndeterminate(true);
        progressText.setText(text);
        previewButton.setEnabled(!visible);
    }

    private void configureHistory() {
        history.addColumn(r -> WHEN.format(r.startedAt())).setHeader(getTranslation("spreadsheet.column.when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRunDetails::username).setHeader(getTranslation("spreadsheet.column.who")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRunDetails::fileName).setHeader(getTranslation("spreadsheet.column.fileName")).setFlexGrow(1);
        history.addColumn(r -> Math.max(1, r.fileSize() / 1024) + " KB").setHeader(getTranslation("spreadsheet.column.size")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> r.created() + " / " + r.changed() + " / " + r.unchanged() + " / " + r.invalid())
                .setHeader(getTranslation("spreadsheet.column.counts")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> r.durationMs() == null ? "" : String.format("%.1f s", r.durationMs() / 1000.0))
                .setHeader(getTranslation("spreadsheet.column.duration")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> getTranslation("spreadsheet.status." + r.status().name())
                        + (r.failure() == null ? "" : ": " + failureText(r)))
                .setHeader(getTranslation("spreadsheet.column.status")).setFlexGrow(2);
        history.setItems(query -> imports.history(query.getOffset(), query.getLimit()).stream(), query -> (int) imports.countHistory());
        history.setHeight("18em");
        history.addClassName("import-history");
        history.addItemClickListener(e -> {
            if (e.getItem().total() > 0) {
                showRun(e.getItem().id());
            }
        });
    }

    private String summary(ImportRunDetails run) {
        return getTranslation("spreadsheet.import.summary", run.total(), run.created(), run.changed(), run.unchanged(), run.invalid());
    }

    private String failureText(ImportRunDetails run) {
        var f = run.failure();
        String message = getTranslation(f.key(), translated(f.args()));
        return f.sheetRow() > 0 ? getTranslation("spreadsheet.problem.row", f.sheetRow(), message) : message;
    }

    /** Every reason of an invalid row, or every difference of a changed one. */
    String details(ImportRowDetails row, List<String> headers) {
        if (!row.problems().isEmpty()) {
            return String.join("; ", row.problems().stream().map(p -> withoutFinalStop(problemText(p, headers))).toList()) + ".";
        }
        return String.join("; ", row.changes().stream().map(this::changeText).toList());
    }

    private static String withoutFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    String problemText(ImportProblem problem, List<String> headers) {
        String message = getTranslation(problem.key(), translated(problem.args()));
        if (problem.column() < 0) {
            return message;
        }
        String header = problem.column() < headers.size() ? headers.get(problem.column()).strip() : "";
        return getTranslation("spreadsheet.problem.cell", CellReference.convertNumToColString(problem.column()), header, message);
    }

    private String changeText(FieldChange change) {
        // a provider's list changes mailbox fields; a register changes member fields
        String key = change.field().matches("pecAddress|activatedOn|expiresOn|state") ? "spreadsheet.change." : "member.field.";
        return getTranslation(key + change.field()) + ": " + (change.oldValue() == null ? "—" : change.oldValue()) + " → "
                + (change.newValue() == null ? "—" : change.newValue());
    }

    /** Arguments naming a field are translated; the others (cell values, codes) are shown as they are. */
    private Object[] translated(List<String> args) {
        return args.stream().map(a -> a.startsWith("spreadsheet.field.") ? getTranslation(a) : a).toArray();
    }

    private Anchor download(String text, String fileName, Consumer<OutputStream> writer) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new java.io.ByteArrayOutputStream();
            writer.accept(out);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(out.toByteArray()), fileName, XLSX,
                    out.size());
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private void deleteUpload() {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp directory
            }
            uploaded = null;
        }
    }
}
