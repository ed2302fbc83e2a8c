package it.albopec.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import it.albopec.base.ServiceException;
import it.albopec.member.MemberChange;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * The register import: each row checked by {@link RegisterRowCheck} (every problem at its column), then the valid ones
 * judged in chunks by the register through {@link MemberService#previewAll} (a dry run that writes nothing);
 * applying writes the accepted rows in chunks through
 * {@link MemberService#importAll} — the same rules as a manual edit, set-based; each row's before/after stays with the
 * run (one audit entry for the run instead of one per member).
 */
@Component
class RegisterImporter implements Importer {

    /**
     * Rows checked or written together: a few statements per chunk instead of several per row, while a 200k-row file
     * keeps a flat heap (only one chunk in memory; the persistence context flushed and cleared between chunks).
     */
    static final int CHUNK = 1000;

    private final MemberService members;
    private final Validator validator;
    private final EntityManager entityManager;

    RegisterImporter(MemberService members, Validator validator, EntityManager entityManager) {
        this.members = members;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.REGISTER;
    }

    @Override
    public Set<ImportField> required() {
        return Set.of(ImportField.FISCAL_CODE, ImportField.SURNAME, ImportField.GIVEN_NAME, ImportField.SEX, ImportField.BIRTH_DATE,
                ImportField.BIRTHPLACE);
    }

    @Override
    public RowSink preview(PreviewRun run, Map<ImportField, Integer> byField) {
        var check = new RegisterRowCheck(validator, byField);
        var pending = new ArrayList<RegisterRowCheck.Checked>(CHUNK);
        return new RowSink() {
            @Override
            public void row(SheetReader.SheetRow row) {
                pending.add(check.check(row));
                if (pending.size() == CHUNK) {
                    classify(run, pending);
                    run.reportProgress();
                }
            }

            @Override
            public void finish() {
                classify(run, pending);
            }
        };
    }

    /** Judges a chunk of checked rows (the valid ones with ONE {@link MemberService#previewAll}) and stores them. */
    private void classify(PreviewRun run, List<RegisterRowCheck.Checked> chunk) {
        List<MemberForm> valid = chunk.stream().filter(RegisterRowCheck.Checked::valid).map(RegisterRowCheck.Checked::form).toList();
        List<MemberChange> changes = valid.isEmpty() ? List.of() : members.previewAll(valid);
        var rows = new ArrayList<ImportRuns.NewRow>(chunk.size());
        int next = 0;
        for (RegisterRowCheck.Checked c : chunk) {
            rows.add(c.valid() ? judged(c, changes.get(next++))
                    : new ImportRuns.NewRow(c.row().number(), ImportRowOutcome.INVALID, c.code(), c.label(), c.row().cells(), c.problems(), List.of()));
        }
        run.store(rows);
        chunk.clear();
    }

    private static ImportRuns.NewRow judged(RegisterRowCheck.Checked c, MemberChange change) {
        ImportRowOutcome outcome = switch (change.kind()) {
            case CREATED -> ImportRowOutcome.NEW;
            case CHANGED -> ImportRowOutcome.CHANGED;
            case UNCHANGED -> ImportRowOutcome.UNCHANGED;
            case REFUSED -> ImportRowOutcome.INVALID;
            case STALE -> throw new IllegalStateException("a dry run compares with the register as it is");
        };
        var problems = new ArrayList<ImportProblem>();
        if (change.refusal() instanceof ServiceException e) {
            problems.add(ImportProblem.of(-1, e.messageKey(), e.arguments()));
        } else if (change.refusal() instanceof ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> problems.add(ImportProblem.of(-1, "spreadsheet.error.invalidValue",
                    v.getPropertyPath().toString())));
        }
        return new ImportRuns.NewRow(c.row().number(), outcome, c.code(), c.label(), c.row().cells(), problems,
                outcome == ImportRowOutcome.CHANGED ? change.changes() : List.of());
    }

    @Override
    public void apply(ApplyRun run, Map<ImportField, Integer> byField) {
        var chunk = new ArrayList<ImportRowDetails>(CHUNK);
        run.forEachAccepted(row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                write(run, chunk, byField);
            }
        });
        write(run, chunk, byField);
        if (run.isCancelled()) {
            throw new CancellationException();
        }
    }

    /** Writes a chunk with {@link MemberService#importAll}; a row the register refuses now rolls the whole import back. */
    private void write(ApplyRun run, List<ImportRowDetails> chunk, Map<ImportField, Integer> byField) {
        if (chunk.isEmpty()) {
            return;
        }
        run.at(chunk.getFirst().sheetRow()); // the register may refuse the chunk whole
        List<MemberForm> forms = chunk.stream()
                .map(row -> RegisterRow.parse(new SheetReader.SheetRow(row.sheetRow(), row.cells(), Set.of()), byField).form()).toList();
        // a member a colleague created or changed since the dry run keeps their edit: its row says so
        List<MemberService.Foreseen> foreseen = chunk.stream().map(row -> new MemberService.Foreseen(
                row.outcome() == ImportRowOutcome.NEW ? MemberChange.Kind.CREATED : MemberChange.Kind.CHANGED, row.changes())).toList();
        List<MemberChange> outcomes = members.importAll(forms, foreseen);
        var writtenRows = new ArrayList<ImportRowDetails>(chunk.size());
        var writtenOutcomes = new ArrayList<MemberChange>(chunk.size());
        var stale = new ArrayList<Long>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).kind() == MemberChange.Kind.REFUSED) {
                // the register changed since the dry run
                run.at(chunk.get(i).sheetRow());
                throw outcomes.get(i).refusal();
            }
            if (outcomes.get(i).kind() == MemberChange.Kind.STALE) {
                stale.add(chunk.get(i).id());
            } else {
                writtenRows.add(chunk.get(i));
                writtenOutcomes.add(outcomes.get(i));
            }
        }
        run.keepChanges(writtenRows, writtenOutcomes);
        run.changedMeanwhile(stale);
        int written = writtenRows.size();
        chunk.clear();
        entityManager.flush();
        entityManager.clear();
        run.written(written);
    }
}
