package it.albopec.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import it.albopec.base.FiscalCode;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.member.MemberChange;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports of the register from .xlsx (issue 7), for the Order's ADMIN: the file is checked, read as a stream, its
 * rows previewed in chunks through {@link MemberService#previewAll} (a dry run that writes nothing to the register)
 * and stored in import_row; applying writes the accepted rows in chunks through {@link MemberService#upsertAll} — same
 * rules and audit as a manual edit, set-based (issue 8) — in ONE transaction: all rows or none.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /**
     * Rows checked or written together: a few statements per chunk instead of several per row, while a 200k-row file
     * keeps a flat heap (only one chunk in memory; the persistence context flushed and cleared between chunks).
     */
    private static final int CHUNK = 1000;
    private static final Map<ImportKind, Set<ImportField>> REQUIRED = Map.of(
            ImportKind.REGISTER, Set.of(ImportField.FISCAL_CODE, ImportField.SURNAME, ImportField.GIVEN_NAME, ImportField.SEX,
                    ImportField.BIRTH_DATE, ImportField.BIRTHPLACE),
            ImportKind.PROVIDER_MAILBOXES, Set.of(ImportField.FISCAL_CODE, ImportField.PEC));

    private final ImportRuns runs;
    private final MemberService members;
    private final ProviderListReconciler mailboxes;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final EntityManager entityManager;
    private final TransactionTemplate oneTransaction;
    private final Clock clock;
    private final long maxUploadSize;

    ImportService(ImportRuns runs, MemberService members, ProviderListReconciler mailboxes, CurrentUser currentUser, Validator validator, EntityManager entityManager,
                  PlatformTransactionManager transactions, Clock clock,
                  @Value("${albopec.import.max-upload-size:50MB}") DataSize maxUploadSize) {
        this.runs = runs;
        this.members = members;
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
        this.validator = validator;
        this.entityManager = entityManager;
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
        var result = new SheetLayout[1];
        try {
            SheetReader.read(workbook.file(), sheet, new SheetReader.RowHandler() {
                @Override
                public void header(SheetReader.SheetRow header, int estimatedRows) {
                    var mapping = new HashMap<Integer, ImportField>();
                    var used = new java.util.HashSet<ImportField>();
                    List<String> cells = header.cells();
                    for (int i = 0; i < cells.size(); i++) {
                        String h = cells.get(i).strip();
                        ImportField field = remembered.containsKey(h) ? remembered.get(h) : ImportField.recognise(h, kind).orElse(null);
                        if (field != null && used.add(field)) {
                            mapping.put(i, field);
                        }
                    }
                    result[0] = new SheetLayout(header.number(), cells, mapping);
                }

                @Override
                public boolean row(SheetReader.SheetRow row) {
                    return false;
                }
            });
        } catch (ServiceException e) {
            refused(workbook.file(), workbook.fileName(), e);
            throw e;
        }
        return result[0];
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
        var byField = new EnumMap<ImportField, Integer>(ImportField.class);
        mapping.forEach((column, field) -> byField.put(field, column));
        var missing = REQUIRED.get(kind).stream().filter(f -> !byField.containsKey(f)).map(Enum::name).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ServiceException("spreadsheet.error.missingColumns", String.join(", ", missing));
        }
        Instant started = clock.instant();
        long runId = runs.start(orderId, kind, currentUser.usernameOrSystem(), started, workbook.fileName(), workbook.size(), sheet,
                ImportStatus.PREVIEWING);
        var counts = new EnumMap<ImportRowOutcome, Integer>(ImportRowOutcome.class);
        try {
            var pending = new ArrayList<Checked>(CHUNK);
            var seen = new HashMap<String, Integer>();
            var providerRows = new ArrayList<SheetReader.SheetRow>();
            long[] total = {0};
            SheetReader.read(workbook.file(), sheet, new SheetReader.RowHandler() {
                @Override
                public void header(SheetReader.SheetRow header, int estimatedRows) {
                    total[0] = estimatedRows;
                    runs.saveLayout(runId, header.cells(), byField);
                    var remember = new LinkedHashMap<String, ImportField>();
                    mapping.forEach((column, field) -> remember.put(header.cell(column).strip(), field));
                    runs.rememberMapping(orderId, kind, remember);
                }

                @Override
                public boolean row(SheetReader.SheetRow row) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    if (kind == ImportKind.PROVIDER_MAILBOXES) {
                        providerRows.add(row);
                        return true;
                    }
                    pending.add(check(row, byField, seen));
                    if (pending.size() == CHUNK) {
                        classify(runId, pending, counts);
                        progress.progress(counts.values().stream().mapToInt(Integer::intValue).sum(), total[0]);
                    }
                    return true;
                }
            });
            if (kind == ImportKind.PROVIDER_MAILBOXES) {
                var classified = classifyProviderRows(runId, providerRows, byField);
                classified.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
                runs.insertRows(runId, classified);
            } else {
                classify(runId, pending, counts);
            }
            int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (sum == 0) {
                throw new ServiceException("spreadsheet.error.noRows");
            }
            runs.previewed(runId, sum, counts.getOrDefault(ImportRowOutcome.NEW, 0), counts.getOrDefault(ImportRowOutcome.CHANGED, 0),
                    counts.getOrDefault(ImportRowOutcome.UNCHANGED, 0), counts.getOrDefault(ImportRowOutcome.INVALID, 0),
                    millisSince(started));
            progress.progress(sum, sum);
            log.info("Import {} previewed by {}: {} rows {}", runId, currentUser.usernameOrSystem(), sum, counts);
            return runId;
        } catch (CancellationException e) {
            runs.finish(runId, ImportStatus.CANCELLED, false, 0, clock.instant(), millisSince(started), null);
            throw new ServiceException("spreadsheet.cancelled");
        } catch (ServiceException e) {
            runs.finish(runId, ImportStatus.REFUSED, false, 0, clock.instant(), millisSince(started),
                    new ImportFailure(0, e.messageKey(), args(e.arguments())));
            throw e;
        } catch (RuntimeException e) {
            log.error("Dry run of import {} failed", runId, e);
            runs.finish(runId, ImportStatus.FAILED, false, 0, clock.instant(), millisSince(started),
                    new ImportFailure(0, "spreadsheet.error.applyFailed", List.of()));
            throw new ServiceException("spreadsheet.error.unreadable");
        }
    }

    /**
     * Writes the accepted rows of a previewed run to the register, in one transaction: every row or none. A row that
     * fails now (the register changed since the dry run), a cancellation or a crash leaves the register as it was.
     *
     * @param skipInvalid true: invalid rows are left out; false: any invalid row refuses the import
     */
    public ImportRunDetails apply(long runId, boolean skipInvalid, ImportProgress progress) {
        ImportRunDetails run = get(runId);
        if (run.status() != ImportStatus.PREVIEWED) {
            throw new ServiceException("spreadsheet.error.notPreviewed");
        }
        if (run.invalid() > 0 && !skipInvalid) {
            throw new ServiceException("spreadsheet.error.invalidRowsBlock", run.invalid());
        }
        if (!runs.startApplying(runId)) {
            throw new ServiceException("spreadsheet.error.notPreviewed"); // someone else is applying it right now
        }
        Instant started = clock.instant();
        Map<ImportField, Integer> mapping = runs.mapping(runId);
        long total = (long) run.created() + run.changed();
        int[] applied = {0};
        int[] current = {0};
        try {
            oneTransaction.executeWithoutResult(tx -> {
                if (run.kind() == ImportKind.PROVIDER_MAILBOXES) {
                    var rows = new ArrayList<ProviderListReconciler.Row>();
                    runs.forEachRow(runId, List.of(ImportRowOutcome.NEW, ImportRowOutcome.CHANGED), row -> rows.add(
                            ProviderRow.parse(new SheetReader.SheetRow(row.sheetRow(), row.cells(), Set.of()), mapping).mailbox()));
                    mailboxes.reconcile(rows, true);
                    applied[0] = rows.size();
                    return;
                }
                var chunk = new ArrayList<ImportRowDetails>(CHUNK);
                runs.forEachRow(runId, List.of(ImportRowOutcome.NEW, ImportRowOutcome.CHANGED), row -> {
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        applied[0] += applyChunk(chunk, mapping, current, progress, applied[0], total);
                    }
                });
                applied[0] += applyChunk(chunk, mapping, current, progress, applied[0], total);
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
            });
        } catch (CancellationException e) {
            runs.finish(runId, ImportStatus.CANCELLED, skipInvalid, 0, clock.instant(), millisSince(started), null);
            return get(runId);
        } catch (ServiceException e) {
            return failed(runId, skipInvalid, started, new ImportFailure(current[0], e.messageKey(), args(e.arguments())));
        } catch (ConstraintViolationException e) {
            return failed(runId, skipInvalid, started, new ImportFailure(current[0], "spreadsheet.error.rowRefused",
                    List.of(e.getConstraintViolations().stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .reduce((a, b) -> a + "; " + b).orElse(""))));
        } catch (RuntimeException e) {
            log.error("Import {} failed at sheet row {}", runId, current[0], e);
            return failed(runId, skipInvalid, started, new ImportFailure(current[0], "spreadsheet.error.applyFailed", List.of()));
        }
        progress.progress(applied[0], total);
        runs.finish(runId, ImportStatus.APPLIED, skipInvalid, applied[0], clock.instant(), millisSince(started), null);
        log.info("Import {} applied by {}: {} rows in {} ms", runId, currentUser.usernameOrSystem(), applied[0], millisSince(started));
        return get(runId);
    }

    /** @throws NotFoundException when the run is not the caller's Order's */
    public ImportRunDetails get(long runId) {
        return runs.get(currentUser.requireOrderId(), runId).orElseThrow(NotFoundException::new);
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
    public void writeFailedRows(long runId, OutputStream out, java.util.function.Function<ImportProblem, String> translate,
                                String errorHeader) {
        get(runId);
        var headers = new ArrayList<>(runs.headers(runId));
        int errorColumn = headers.size();
        headers.add(errorHeader);
        XlsxWriter.write(out, "Righe", headers, sheet -> runs.forEachRow(runId, List.of(ImportRowOutcome.INVALID), row -> {
            Object[] values = new Object[errorColumn + 1];
            for (int i = 0; i < Math.min(errorColumn, row.cells().size()); i++) {
                values[i] = row.cells().get(i).isEmpty() ? null : row.cells().get(i);
            }
            values[errorColumn] = String.join("\n", row.problems().stream().map(translate).toList());
            sheet.row(values);
        }));
    }

    /** Every row of the dry run as .xlsx: sheet row, outcome, codice fiscale, name, reasons or differences. */
    public void writePreview(long runId, OutputStream out, List<String> headers,
                             java.util.function.Function<ImportRowDetails, Object[]> toValues) {
        get(runId);
        XlsxWriter.write(out, "Anteprima", headers, sheet -> runs.forEachRow(runId, List.of(ImportRowOutcome.values()),
                row -> sheet.row(toValues.apply(row))));
    }

    /**
     * Writes a chunk of accepted rows with {@link MemberService#upsertAll}, then reports progress and honours a cancel.
     *
     * @param current set to the sheet row a failure belongs to (the chunk's first row when the register refuses it whole)
     * @return the rows written; the chunk is emptied
     */
    private int applyChunk(List<ImportRowDetails> chunk, Map<ImportField, Integer> mapping, int[] current, ImportProgress progress,
                           int appliedBefore, long total) {
        if (chunk.isEmpty()) {
            return 0;
        }
        current[0] = chunk.getFirst().sheetRow();
        List<MemberForm> forms = chunk.stream()
                .map(row -> RegisterRow.parse(new SheetReader.SheetRow(row.sheetRow(), row.cells(), Set.of()), mapping).form()).toList();
        List<MemberChange> outcomes = members.upsertAll(forms);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).kind() == MemberChange.Kind.REFUSED) {
                // the register changed since the dry run: the row is refused and the whole import rolls back
                current[0] = chunk.get(i).sheetRow();
                throw outcomes.get(i).refusal();
            }
        }
        int written = chunk.size();
        chunk.clear();
        entityManager.flush();
        entityManager.clear();
        progress.progress(appliedBefore + written, total);
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
        return written;
    }

    /** A register row checked against the sheet's own rules, waiting for the register's verdict. */
    private record Checked(SheetReader.SheetRow row, MemberForm form, String code, String label, List<ImportProblem> problems) {}

    /** The checks of one row that need no database: cells, codice fiscale, duplicates in the file, Bean Validation. */
    private Checked check(SheetReader.SheetRow row, Map<ImportField, Integer> byField, Map<String, Integer> seen) {
        RegisterRow.Parsed parsed = RegisterRow.parse(row, byField);
        MemberForm form = parsed.form();
        var problems = new ArrayList<>(parsed.problems());
        String label = join(form.getSurname(), form.getGivenName());
        String code = form.getFiscalCode();
        int codeColumn = byField.get(ImportField.FISCAL_CODE);
        if (code != null && !code.isEmpty()) {
            FiscalCode parsedCode = null;
            try {
                parsedCode = FiscalCode.parse(code); // parsed once: refused with the key FiscalCode.problem would give
            } catch (ServiceException e) {
                problems.add(ImportProblem.of(codeColumn, e.messageKey(), code));
            }
            if (parsedCode != null) {
                Integer first = seen.putIfAbsent(code, row.number());
                if (first != null) {
                    problems.add(ImportProblem.of(codeColumn, "spreadsheet.error.duplicateInFile", code, first));
                }
                for (String mismatch : parsedCode.mismatches(form.getSurname(), form.getGivenName(),
                        form.getSex() == null ? null : form.getSex().isFemale(), form.getBirthDate(), form.getBirthplaceCode())) {
                    problems.add(ImportProblem.of(columnOfMismatch(mismatch, byField), mismatch, code));
                }
            }
        }
        for (ConstraintViolation<MemberForm> v : validator.validate(form)) {
            String property = v.getPropertyPath().toString();
            boolean alreadyReported = problems.stream().anyMatch(p -> p.column() == column(property, byField) && p.column() >= 0);
            if (!alreadyReported) {
                problems.add(violation(v, property, byField));
            }
        }
        return new Checked(row, form, code, label, problems);
    }

    /** Classifies a chunk of checked rows (the valid ones with ONE {@link MemberService#previewAll}), stores and counts them. */
    private void classify(long runId, List<Checked> chunk, Map<ImportRowOutcome, Integer> counts) {
        List<MemberForm> valid = chunk.stream().filter(c -> c.problems().isEmpty()).map(Checked::form).toList();
        List<MemberChange> changes = valid.isEmpty() ? List.of() : members.previewAll(valid);
        var rows = new ArrayList<ImportRuns.NewRow>(chunk.size());
        int next = 0;
        for (Checked c : chunk) {
            ImportRuns.NewRow row = c.problems().isEmpty() ? classified(c, changes.get(next++))
                    : new ImportRuns.NewRow(c.row().number(), ImportRowOutcome.INVALID, c.code(), c.label(), c.row().cells(), c.problems(), List.of());
            counts.merge(row.outcome(), 1, Integer::sum);
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            runs.insertRows(runId, rows);
        }
        chunk.clear();
    }

    private static ImportRuns.NewRow classified(Checked c, MemberChange change) {
        ImportRowOutcome outcome = switch (change.kind()) {
            case CREATED -> ImportRowOutcome.NEW;
            case CHANGED -> ImportRowOutcome.CHANGED;
            case UNCHANGED -> ImportRowOutcome.UNCHANGED;
            case REFUSED -> ImportRowOutcome.INVALID;
        };
        var problems = new ArrayList<ImportProblem>();
        if (change.refusal() instanceof ServiceException e) {
            problems.add(new ImportProblem(-1, e.messageKey(), args(e.arguments())));
        } else if (change.refusal() instanceof ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> problems.add(ImportProblem.of(-1, "spreadsheet.error.invalidValue",
                    v.getPropertyPath().toString())));
        }
        return new ImportRuns.NewRow(c.row().number(), outcome, c.code(), c.label(), c.row().cells(), problems,
                outcome == ImportRowOutcome.CHANGED ? change.changes() : List.of());
    }

    /**
     * The dry run of a provider's list: each row checked, then all valid rows matched at once by the mailbox module
     * (its transaction rolled back), which also tells which members the provider does not list.
     */
    private List<ImportRuns.NewRow> classifyProviderRows(long runId, List<SheetReader.SheetRow> rows, Map<ImportField, Integer> byField) {
        var parsed = new ArrayList<ProviderRow.Parsed>();
        var valid = new ArrayList<ProviderListReconciler.Row>();
        var seen = new HashMap<String, Integer>();
        for (SheetReader.SheetRow row : rows) {
            ProviderRow.Parsed p = ProviderRow.parse(row, byField);
            if (p.mailbox() != null) {
                Integer first = seen.putIfAbsent(p.mailbox().fiscalCode(), row.number());
                if (first != null) {
                    p = new ProviderRow.Parsed(null, List.of(ImportProblem.of(byField.get(ImportField.FISCAL_CODE),
                            "spreadsheet.error.duplicateInFile", p.mailbox().fiscalCode(), first)));
                } else {
                    valid.add(p.mailbox());
                }
            }
            parsed.add(p);
        }
        ProviderListReconciler.Result outcome = valid.isEmpty() ? new ProviderListReconciler.Result(List.of(), List.of())
                : mailboxes.reconcile(valid, false);
        runs.unknownToProvider(runId, outcome.unknownToProvider());
        var result = new ArrayList<ImportRuns.NewRow>();
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            SheetReader.SheetRow row = rows.get(i);
            ProviderRow.Parsed p = parsed.get(i);
            String code = FiscalCode.normalize(RegisterRow.text(row, byField, ImportField.FISCAL_CODE));
            String label = join(RegisterRow.text(row, byField, ImportField.SURNAME), RegisterRow.text(row, byField, ImportField.GIVEN_NAME));
            if (p.mailbox() == null) {
                result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.INVALID, code, label, row.cells(), p.problems(), List.of()));
                continue;
            }
            ProviderListReconciler.RowResult r = outcome.rows().get(next++);
            switch (r.outcome()) {
                case NO_MEMBER -> result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.INVALID, code, label, row.cells(),
                        List.of(ImportProblem.of(byField.get(ImportField.FISCAL_CODE), "spreadsheet.error.noMember", code)), List.of()));
                case CREATED -> result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.NEW, code, label, row.cells(), List.of(), r.changes()));
                case UPDATED -> result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.CHANGED, code, label, row.cells(), List.of(), r.changes()));
                case UNCHANGED -> result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.UNCHANGED, code, label, row.cells(), List.of(), List.of()));
                case STILL_OPEN_AT_PROVIDER -> result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.UNCHANGED, code, label, row.cells(),
                        List.of(ImportProblem.of(byField.get(ImportField.FISCAL_CODE), r.note())), List.of()));
            }
        }
        return result;
    }

    private static ImportProblem violation(ConstraintViolation<MemberForm> v, String property, Map<ImportField, Integer> byField) {
        int column = column(property, byField);
        String field = "spreadsheet.field." + fieldOf(property).name();
        Object value = v.getInvalidValue();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> ImportProblem.of(column, "spreadsheet.error.required", field);
            case "Email" -> ImportProblem.of(column, "spreadsheet.error.email", value);
            case "Size" -> ImportProblem.of(column, "spreadsheet.error.tooLong", field, v.getConstraintDescriptor().getAttributes().get("max"));
            case "Past" -> ImportProblem.of(column, "spreadsheet.error.notPast", field);
            case "Pattern" -> ImportProblem.of(column, "spreadsheet.error.belfiore", value);
            default -> ImportProblem.of(column, "spreadsheet.error.invalidValue", field);
        };
    }

    private static ImportField fieldOf(String property) {
        return switch (property) {
            case "fiscalCode" -> ImportField.FISCAL_CODE;
            case "surname" -> ImportField.SURNAME;
            case "givenName" -> ImportField.GIVEN_NAME;
            case "sex" -> ImportField.SEX;
            case "birthDate" -> ImportField.BIRTH_DATE;
            case "birthplaceCode" -> ImportField.BIRTHPLACE;
            case "email" -> ImportField.EMAIL;
            case "phone" -> ImportField.PHONE;
            case "mediciChirurghiNumber" -> ImportField.MEDICI_NUMBER;
            case "mediciChirurghiDate" -> ImportField.MEDICI_DATE;
            case "odontoiatriNumber" -> ImportField.ODONTOIATRI_NUMBER;
            case "odontoiatriDate" -> ImportField.ODONTOIATRI_DATE;
            default -> ImportField.REGISTRATION_NUMBER;
        };
    }

    /** The column of a form property: its own field, else the generic registration columns. */
    private static int column(String property, Map<ImportField, Integer> byField) {
        ImportField field = fieldOf(property);
        Integer column = byField.get(field);
        if (column == null && (field == ImportField.MEDICI_NUMBER || field == ImportField.ODONTOIATRI_NUMBER)) {
            column = byField.get(ImportField.REGISTRATION_NUMBER);
        }
        if (column == null && (field == ImportField.MEDICI_DATE || field == ImportField.ODONTOIATRI_DATE)) {
            column = byField.get(ImportField.REGISTRATION_DATE);
        }
        return column == null ? -1 : column;
    }

    private static int columnOfMismatch(String mismatch, Map<ImportField, Integer> byField) {
        ImportField field = switch (mismatch) {
            case FiscalCode.MISMATCH_SURNAME -> ImportField.SURNAME;
            case FiscalCode.MISMATCH_GIVEN_NAME -> ImportField.GIVEN_NAME;
            case FiscalCode.MISMATCH_BIRTH_DATE -> ImportField.BIRTH_DATE;
            case FiscalCode.MISMATCH_SEX -> ImportField.SEX;
            case FiscalCode.MISMATCH_BIRTHPLACE -> ImportField.BIRTHPLACE;
            default -> ImportField.FISCAL_CODE;
        };
        return byField.getOrDefault(field, -1);
    }

    private void refused(Path file, String fileName, ServiceException e) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException io) {
            size = 0;
        }
        Instant now = clock.instant();
        long runId = runs.start(currentUser.requireOrderId(), ImportKind.REGISTER, currentUser.usernameOrSystem(), now, fileName, size, null,
                ImportStatus.REFUSED);
        runs.finish(runId, ImportStatus.REFUSED, false, 0, now, 0, new ImportFailure(0, e.messageKey(), args(e.arguments())));
    }

    private ImportRunDetails failed(long runId, boolean skipInvalid, Instant started, ImportFailure failure) {
        runs.finish(runId, ImportStatus.FAILED, skipInvalid, 0, clock.instant(), millisSince(started), failure);
        return get(runId);
    }

    private long millisSince(Instant started) {
        return java.time.Duration.between(started, clock.instant()).toMillis();
    }

    private static List<String> args(Object[] arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    private static String join(String a, String b) {
        String s = ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
        return s.isEmpty() ? null : s;
    }
}
