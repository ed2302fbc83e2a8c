package it.albopec.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports from .xlsx (issue 7), for the Order's ADMIN: the file is checked, read as a stream, its rows judged by the
 * {@link Importer} of the chosen kind in a dry run that writes nothing but the run (import_row); applying writes the
 * accepted rows in ONE transaction: all rows or none. Every run, refused ones included, stays in the history.
 */
@Service
@PreAuthorize(AppRoles.IS_ADMIN)
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** The audit trail's name for an import run. */
    public static final String AUDIT_TYPE = "import";

    private final ImportRuns runs;
    private final Map<ImportKind, Importer> importers = new EnumMap<>(ImportKind.class);
    private final ImportDownloads downloads;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate oneTransaction;
    private final Clock clock;
    private final long maxUploadSize;

    ImportService(ImportRuns runs, List<Importer> importers, ImportDownloads downloads, AuditTrail audit, CurrentUser currentUser,
                  PlatformTransactionManager transactions, Clock clock,
                  @Value("${albopec.import.max-upload-size:50MB}") DataSize maxUploadSize) {
        this.runs = runs;
        importers.forEach(i -> this.importers.put(i.kind(), i));
        this.downloads = downloads;
        this.audit = audit;
        this.currentUser = currentUser;
        this.oneTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxUploadSize = maxUploadSize.toBytes();
    }

    /** The largest file accepted, in bytes ({@code albopec.import.max-upload-size}). */
    public long maxUploadSize() {
        return maxUploadSize;
    }

    /**
     * The programmatic import of a register (benchmarks, scripts): the first sheet, the columns recognised from their
     * headers (or remembered), dry run, then apply — the same path as the page, as the signed-in ADMIN.
     *
     * @param skipInvalid false: any invalid row refuses the whole import (ServiceException, nothing written)
     * @return the run as the history shows it
     */
    public ImportRunDetails importRegister(Path xlsx, boolean skipInvalid) {
        UploadedWorkbook workbook = open(xlsx, xlsx.getFileName().toString());
        SheetLayout layout = layout(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER);
        long runId = preview(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER, layout.mapping(), ImportProgress.NONE);
        return apply(runId, skipInvalid, ImportProgress.NONE);
    }

    /**
     * Checks an uploaded file before reading a cell: size, magic bytes (a .xls, an encrypted workbook or anything
     * that is not .xlsx is refused saying which), DOCTYPEs; then lists its sheets. A refusal is kept in the history.
     *
     * @throws ServiceException with the reason; nothing has been written to the register
     */
    public UploadedWorkbook open(Path file, String fileName) {
        try {
            WorkbookCheck.check(file, maxUploadSize);
            return new UploadedWorkbook(file, fileName, Files.size(file), SheetReader.sheetNames(file));
        } catch (ServiceException e) {
            refused(file, fileName, e);
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row of a sheet with the mapping remembered for the Order and kind, else the one recognised from the headers. */
    public SheetLayout layout(UploadedWorkbook workbook, String sheet, ImportKind kind) {
        Map<String, ImportField> remembered = runs.rememberedMapping(currentUser.requireOrderId(), kind);
        try {
            return SheetLayout.of(SheetReader.header(workbook.file(), sheet), remembered, kind)
                    .withHeaderOnly(!SheetReader.hasDataRows(workbook.file(), sheet));
        } catch (ServiceException e) {
            refused(workbook.file(), workbook.fileName(), e);
            throw e;
        }
    }

    /**
     * The dry run: reads every row, classifies it (new, changed with its differences, unchanged, invalid with every
     * reason) and stores it; nothing is written to the register. Remembers the mapping for the next import.
     *
     * @param mapping column index → field; columns not in it are ignored
     * @return the id of the run
     */
    public long preview(UploadedWorkbook workbook, String sheet, ImportKind kind, Map<Integer, ImportField> mapping, ImportProgress progress) {
        long orderId = currentUser.requireOrderId();
        Importer importer = importers.get(kind);
        var byField = new EnumMap<ImportField, Integer>(ImportField.class);
        mapping.forEach((column, field) -> byField.put(field, column));
        importer.checkColumns(byField);
        Instant started = clock.instant();
        long runId = runs.start(orderId, kind, currentUser.usernameOrSystem(), started, workbook.fileName(), workbook.size(), sheet,
                ImportStatus.PREVIEWING);
        var run = new PreviewRun(runs, runId, progress);
        try {
            run.read(workbook, sheet, mapping, byField, importer.preview(run, byField), remember -> runs.rememberMapping(orderId, kind, remember));
            if (run.total() == 0) {
                throw new ServiceException("spreadsheet.error.noRows");
            }
            run.previewed(millisSince(started));
            progress.progress(run.total(), run.total());
            log.info("Import {} previewed by {}: {} rows {}", runId, currentUser.usernameOrSystem(), run.total(), run);
            return runId;
        } catch (RuntimeException e) {
            throw run.failed(e, clock.instant(), millisSince(started));
        }
    }

    /**
     * Writes the accepted rows of a previewed run, in one transaction: every row or none. A row that fails now (the
     * register changed since the dry run), a cancellation or a crash leaves the register as it was.
     *
     * @param skipInvalid true: invalid rows are left out; false: any invalid row refuses the import
     */
    public ImportRunDetails apply(long runId, boolean skipInvalid, ImportProgress progress) {
        ImportRunDetails details = get(runId);
        var run = ApplyRun.start(runs, details, skipInvalid, progress);
        Instant started = clock.instant();
        Map<ImportField, Integer> byField = runs.mapping(runId);
        try {
            oneTransaction.executeWithoutResult(tx -> {
                importers.get(details.kind()).apply(run, byField);
                // one entry for the run (who, when, file, counts); each row's before/after stays with the run
                audit.record(currentUser.requireOrderId(), AUDIT_TYPE, runId, "applied", null, List.of(new FieldChange("file", null, details.fileName()),
                        new FieldChange("rows", null, details.created() + " / " + details.changed() + " / " + details.invalid())));
            });
        } catch (RuntimeException e) {
            run.failed(e, skipInvalid, clock.instant(), millisSince(started));
            return get(runId);
        }
        progress.progress(run.applied(), run.total());
        runs.applyPhase(runId, millisSince(started));
        runs.finish(runId, ImportStatus.APPLIED, skipInvalid, run.applied(), clock.instant(), millisSince(started), null);
        log.info("Import {} applied by {}: {} rows in {} ms", runId, currentUser.usernameOrSystem(), run.applied(), millisSince(started));
        return get(runId);
    }

    /** @throws NotFoundException when the run is not the caller's Order's */
    public ImportRunDetails get(long runId) {
        return runs.get(currentUser.requireOrderId(), runId).orElseThrow(NotFoundException::new);
    }

    /** Where the run spent its time (benchmarks, support). */
    public ImportPhases phases(long runId) {
        return runs.phases(currentUser.requireOrderId(), runId).orElseThrow(NotFoundException::new);
    }

    /** The applied imports that created or changed a member of the Order, with the row's before/after (the member's history). */
    public List<MemberImport> importsOfMember(String fiscalCode) {
        return runs.importsOfMember(currentUser.requireOrderId(), fiscalCode, 50);
    }

    public List<ImportRunDetails> history(int offset, int limit) {
        return runs.history(currentUser.requireOrderId(), offset, limit);
    }

    public long countHistory() {
        return runs.countHistory(currentUser.requireOrderId());
    }

    /** A page of the dry run's rows in sheet order, optionally of one outcome. */
    public List<ImportRowDetails> rows(long runId, ImportRowOutcome outcome, int offset, int limit) {
        get(runId);
        return runs.rows(runId, outcome, offset, limit);
    }

    public long countRows(long runId, ImportRowOutcome outcome) {
        get(runId);
        return runs.countRows(runId, outcome);
    }

    /** The headers of the run's sheet as read. */
    public List<String> headers(long runId) {
        get(runId);
        return runs.headers(runId);
    }

    /**
     * The invalid rows as .xlsx: the original columns plus one with every reason, so the user fixes them in Excel and
     * imports that file again.
     *
     * @param translate turns a problem into a sentence in the user's language
     */
    public void writeFailedRows(long runId, OutputStream out, Function<ImportProblem, String> translate, String errorHeader) {
        get(runId);
        downloads.writeFailedRows(runId, out, translate, errorHeader);
    }

    /** Every row of the dry run as .xlsx: sheet row, outcome, codice fiscale, name, reasons or differences. */
    public void writePreview(long runId, OutputStream out, List<String> headers, Function<ImportRowDetails, Object[]> toValues) {
        get(runId);
        downloads.writePreview(runId, out, headers, toValues);
    }

    /** A file refused before its rows were read, kept in the history with the reason. */
    private void refused(Path file, String fileName, ServiceException e) {
        runs.refused(currentUser.requireOrderId(), currentUser.usernameOrSystem(), clock.instant(), file, fileName, ImportFailure.of(0, e));
    }

    private long millisSince(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }
}
