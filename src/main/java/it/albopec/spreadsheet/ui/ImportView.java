package it.albopec.spreadsheet.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.ui.BackgroundExecutor;
import it.albopec.base.ui.CappedUpload;
import it.albopec.base.ui.BackgroundWork;
import it.albopec.base.ui.UserFeedback;
import it.albopec.security.AppRoles;
import it.albopec.spreadsheet.ImportKind;
import it.albopec.spreadsheet.ImportProgress;
import it.albopec.spreadsheet.ImportRunDetails;
import it.albopec.spreadsheet.ImportService;
import it.albopec.spreadsheet.UploadedWorkbook;
import jakarta.annotation.security.RolesAllowed;

/**
 * Imports from Excel: upload, choose the sheet, check the columns, dry run (nothing written), then apply — or
 * download the invalid rows, fix them in Excel and import them again. Reading and writing run in the background
 * with a progress bar and can be cancelled; the history below keeps every import with its preview.
 */
@Route("imports")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 40, title = "spreadsheet.nav.imports", icon = "FILE_TABLE")
public class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ImportService imports;
    private final ImportTexts texts = new ImportTexts(this);
    private final Select<ImportKind> kind = new Select<>();
    private final Upload upload;
    private final ColumnMapping mapping;
    private final BackgroundWork work;
    private final RunPreview preview;
    private final ImportHistory history;
    private UploadedWorkbook workbook;
    private Path uploaded;

    public ImportView(ImportService imports, BackgroundExecutor executor, it.albopec.member.MemberService members) {
        this.imports = imports;
        setWidthFull();
        add(new H1(texts.get("spreadsheet.import.title")),
                new Paragraph(texts.get("spreadsheet.import.intro", imports.maxUploadSize() / (1024 * 1024))));
        kind.setLabel(texts.get("spreadsheet.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(texts::kind);
        kind.setValue(ImportKind.REGISTER);
        kind.addValueChangeListener(e -> kindChanged());
        upload = new Upload(new CappedUpload(imports.maxUploadSize(), this::received)); // refused as it arrives past the limit
        upload.setAcceptedFileTypes(".xlsx", RunPreview.XLSX);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxUploadSize()));
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(texts.get("spreadsheet.import.upload")));
        upload.setDropLabel(new Span(texts.get("spreadsheet.import.drop")));
        upload.addFileRejectedListener(e -> UserFeedback.error(texts.get("spreadsheet.error.notXlsx")));
        var top = new HorizontalLayout(kind, upload);
        top.setAlignItems(FlexComponent.Alignment.END);

        mapping = new ColumnMapping(texts, kind::getValue, this::chooseSheet, this::startPreview);
        work = new BackgroundWork(executor, texts.get("spreadsheet.import.cancel"), texts.get("spreadsheet.error.applyFailed"));
        preview = new RunPreview(imports, texts, this::startApply, members::findByFiscalCode);
        history = new ImportHistory(imports, texts, preview::show);
        work.onRunningChange(mapping::setBusy);
        work.onFailure(history::refresh);
        add(top, mapping, work, preview, new H2(texts.get("spreadsheet.import.history")), history);
    }

    @Override
    public String getPageTitle() {
        return texts.get("spreadsheet.nav.imports");
    }

    /** {@code imports?run=ID} (the member's history links here) opens that run of the Order. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("run").filter(id -> id.matches("\\d{1,18}"))
                .ifPresent(id -> UserFeedback.attempt(() -> preview.show(Long.parseLong(id)), () -> {}));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        deleteUpload();
        super.onDetach(event);
    }

    private void kindChanged() {
        if (workbook != null && mapping.sheet() != null) {
            chooseSheet(mapping.sheet()); // the columns are read again for the other kind
        }
    }

    /** The uploaded file arrived (held in a temporary file): check it and show its sheets and columns. */
    void received(String fileName, Path file) {
        deleteUpload();
        upload.clearFileList(); // the next file can be chosen at once
        preview.setVisible(false);
        try {
            uploaded = Files.createTempFile("albopec-import-", ".xlsx");
            Files.move(file, uploaded, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean ok = UserFeedback.attempt(() -> {
            workbook = imports.open(uploaded, fileName);
            mapping.showFile(workbook);
            chooseSheet(workbook.sheets().getFirst());
        }, () -> {});
        if (!ok) {
            deleteUpload();
            mapping.setVisible(false);
            history.refresh();
        }
    }

    private void chooseSheet(String sheet) {
        boolean ok = UserFeedback.attempt(() -> mapping.showLayout(imports.layout(workbook, sheet, kind.getValue())), () -> {});
        if (!ok) {
            mapping.setVisible(false);
            history.refresh();
        }
    }

    private void startPreview() {
        if (workbook == null) {
            return;
        }
        var chosenMapping = mapping.mapping();
        String sheet = mapping.sheet();
        ImportKind chosenKind = kind.getValue();
        UploadedWorkbook file = workbook;
        work.start(texts.reading(0), (done, total, left) -> texts.withTimeLeft(texts.reading(done), left), tracker -> {
            long runId = imports.preview(file, sheet, chosenKind, chosenMapping, progress(tracker));
            tracker.done(() -> {
                mapping.setVisible(false);
                deleteUpload();
                history.refresh();
                preview.show(runId);
            });
        });
    }

    private void startApply(long runId, boolean skipInvalid) {
        ImportRunDetails run = imports.get(runId);
        if (run.invalid() > 0 && !skipInvalid) {
            UserFeedback.error(texts.get("spreadsheet.import.blocked", run.invalid()));
            return;
        }
        work.start(texts.applying(0, run.created() + run.changed()),
                (done, total, left) -> texts.withTimeLeft(texts.applying(done, total), left), tracker -> {
                    ImportRunDetails result = imports.apply(runId, skipInvalid, progress(tracker));
                    tracker.done(() -> {
                        history.refresh();
                        preview.show(runId);
                        switch (result.status()) {
                            case APPLIED -> UserFeedback.success(result.changedMeanwhile() == 0
                                    ? texts.get("spreadsheet.import.applied", result.applied())
                                    : texts.get("spreadsheet.import.appliedChangedMeanwhile", result.applied(), result.changedMeanwhile()));
                            case CANCELLED -> UserFeedback.success(texts.get("spreadsheet.cancelled"));
                            default -> UserFeedback.error(texts.failure(result));
                        }
                    });
                });
    }

    private static ImportProgress progress(BackgroundWork.Tracker tracker) {
        return new ImportProgress() {
            @Override
            public void progress(long done, long total) {
                tracker.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return tracker.isCancelled();
            }
        };
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
