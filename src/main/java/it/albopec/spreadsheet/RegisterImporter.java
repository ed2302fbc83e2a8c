package it.albopec.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import it.albopec.member.CheckedMember;
import it.albopec.member.MemberChange;
import it.albopec.member.MemberService;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * The register import. Dry run: each row checked ONCE by {@link RegisterRowCheck} (the register's own rules, every
 * problem at its column), then the valid ones compared in chunks with the register ({@link MemberService#previewChecked},
 * which does not check them again) and stored with their checked values. Apply: those stored values written in chunks
 * ({@link MemberService#writeChecked}), comparing only with what the register may have changed since; each row's
 * before/after stays with the run (one audit entry for the run instead of one per member).
 */
@Component
class RegisterImporter implements Importer {

    /**
     * Rows checked or written together: a few statements per chunk instead of several per row, while a 200k-row file
     * keeps a flat heap (only one chunk in memory).
     */
    static final int CHUNK = 1000;

    private final MemberService members;
    private final Validator validator;

    RegisterImporter(MemberService members, Validator validator) {
        this.members = members;
        this.validator = validator;
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
                    classify(run, check, pending);
                    run.reportProgress();
                }
            }

            @Override
            public void finish() {
                classify(run, check, pending);
            }
        };
    }

    /**
     * The register's answer for a chunk of checked rows (the valid ones compared with its members in ONE query, the rules
     * not checked again) stored with the run; a NEW or CHANGED row keeps its checked values for the apply.
     */
    private void classify(PreviewRun run, RegisterRowCheck check, List<RegisterRowCheck.Checked> pending) {
        // repeats of a code within the file: the earlier rows are in this chunk or already stored with the run
        List<RegisterRowCheck.Checked> chunk = check.withDuplicates(pending, run::firstRows);
        pending.clear();
        List<CheckedMember> valid = chunk.stream().filter(RegisterRowCheck.Checked::valid).map(RegisterRowCheck.Checked::member).toList();
        List<MemberChange> changes = valid.isEmpty() ? List.of() : members.previewChecked(valid);
        var rows = new ArrayList<ImportRuns.NewRow>(chunk.size());
        int next = 0;
        for (RegisterRowCheck.Checked c : chunk) {
            rows.add(c.valid() ? judged(c, changes.get(next++))
                    : new ImportRuns.NewRow(c.row().number(), ImportRowOutcome.INVALID, c.code(), c.label(), c.row().cells(), c.problems(),
                            List.of(), null));
        }
        run.store(rows);
    }

    private static ImportRuns.NewRow judged(RegisterRowCheck.Checked c, MemberChange change) {
        ImportRowOutcome outcome = switch (change.kind()) {
            case CREATED -> ImportRowOutcome.NEW;
            case CHANGED -> ImportRowOutcome.CHANGED;
            case UNCHANGED -> ImportRowOutcome.UNCHANGED;
            case REFUSED, STALE -> throw new IllegalStateException("a dry run compares checked rows with the register as it is");
        };
        boolean writes = outcome == ImportRowOutcome.NEW || outcome == ImportRowOutcome.CHANGED;
        return new ImportRuns.NewRow(c.row().number(), outcome, c.code(), c.label(), c.row().cells(), List.of(),
                outcome == ImportRowOutcome.CHANGED ? change.changes() : List.of(), writes ? c.member().stored() : null);
    }

    @Override
    public void apply(ApplyRun run, Map<ImportField, Integer> byField) {
        var chunk = new ArrayList<ImportRuns.RowToWrite>(CHUNK);
        run.forEachToWrite(row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                write(run, chunk);
            }
        });
        write(run, chunk);
        if (run.isCancelled()) {
            throw new CancellationException();
        }
    }

    /**
     * Writes a chunk with {@link MemberService#writeChecked}: the values the dry run checked, not checked again; a member
     * a colleague created or changed since the dry run keeps their edit, and its row says so.
     */
    private void write(ApplyRun run, List<ImportRuns.RowToWrite> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        var checked = new ArrayList<CheckedMember>(chunk.size());
        for (ImportRuns.RowToWrite row : chunk) {
            run.at(row.sheetRow());
            checked.add(CheckedMember.fromStored(row.checked()));
        }
        run.at(chunk.getFirst().sheetRow()); // the register may refuse the chunk whole (a unique-key race)
        List<MemberService.Foreseen> foreseen = chunk.stream().map(row -> new MemberService.Foreseen(
                row.outcome() == ImportRowOutcome.NEW ? MemberChange.Kind.CREATED : MemberChange.Kind.CHANGED, row.changes())).toList();
        List<MemberChange> outcomes = members.writeChecked(checked, foreseen);
        var stale = new ArrayList<Long>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).kind() == MemberChange.Kind.STALE) {
                stale.add(chunk.get(i).id());
            }
        }
        run.changedMeanwhile(stale);
        int written = chunk.size() - stale.size();
        chunk.clear();
        run.written(written);
    }
}
