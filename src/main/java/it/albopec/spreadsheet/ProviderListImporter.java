package it.albopec.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.albopec.base.FiscalCode;
import org.springframework.stereotype.Component;

/**
 * The provider's list of mailboxes: each row checked, then all valid rows matched at once by the mailbox module
 * ({@link ProviderListReconciler}, its transaction rolled back for the dry run), which also tells which members the
 * provider does not list. Applying reconciles the accepted rows for real.
 */
@Component
class ProviderListImporter implements Importer {

    private final ProviderListReconciler mailboxes;

    ProviderListImporter(ProviderListReconciler mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PROVIDER_MAILBOXES;
    }

    @Override
    public Set<ImportField> required() {
        return Set.of(ImportField.FISCAL_CODE, ImportField.PEC);
    }

    @Override
    public RowSink preview(PreviewRun run, Map<ImportField, Integer> byField) {
        var rows = new ArrayList<SheetReader.SheetRow>();
        return new RowSink() {
            @Override
            public void row(SheetReader.SheetRow row) {
                rows.add(row); // a provider's list is matched as a whole: it also tells who is missing from it
            }

            @Override
            public void finish() {
                run.store(classify(run, rows, byField));
            }
        };
    }

    private List<ImportRuns.NewRow> classify(PreviewRun run, List<SheetReader.SheetRow> rows, Map<ImportField, Integer> byField) {
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
        run.unknownToProvider(outcome.unknownToProvider());
        var result = new ArrayList<ImportRuns.NewRow>();
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            SheetReader.SheetRow row = rows.get(i);
            ProviderRow.Parsed p = parsed.get(i);
            String code = FiscalCode.normalize(RegisterRow.text(row, byField, ImportField.FISCAL_CODE));
            String label = RegisterRowCheck.label(RegisterRow.text(row, byField, ImportField.SURNAME),
                    RegisterRow.text(row, byField, ImportField.GIVEN_NAME));
            if (p.mailbox() == null) {
                result.add(new ImportRuns.NewRow(row.number(), ImportRowOutcome.INVALID, code, label, row.cells(), p.problems(), List.of()));
                continue;
            }
            ProviderListReconciler.RowResult r = outcome.rows().get(next++);
            result.add(switch (r.outcome()) {
                case NO_MEMBER -> new ImportRuns.NewRow(row.number(), ImportRowOutcome.INVALID, code, label, row.cells(),
                        List.of(ImportProblem.of(byField.get(ImportField.FISCAL_CODE), "spreadsheet.error.noMember", code)), List.of());
                case CREATED -> new ImportRuns.NewRow(row.number(), ImportRowOutcome.NEW, code, label, row.cells(), List.of(), r.changes());
                case UPDATED -> new ImportRuns.NewRow(row.number(), ImportRowOutcome.CHANGED, code, label, row.cells(), List.of(), r.changes());
                case UNCHANGED -> new ImportRuns.NewRow(row.number(), ImportRowOutcome.UNCHANGED, code, label, row.cells(), List.of(), List.of());
                // nothing written: the provider keeps a mailbox for a member who left, or one the Order deactivated
                case STILL_OPEN_AT_PROVIDER -> new ImportRuns.NewRow(row.number(), ImportRowOutcome.UNCHANGED, code, label, row.cells(),
                        List.of(ImportProblem.of(byField.get(ImportField.FISCAL_CODE), r.note())), List.of());
            });
        }
        return result;
    }

    @Override
    public void apply(ApplyRun run, Map<ImportField, Integer> byField) {
        var rows = new ArrayList<ProviderListReconciler.Row>();
        run.forEachAccepted(row -> rows.add(
                ProviderRow.parse(new SheetReader.SheetRow(row.sheetRow(), row.cells(), Set.of()), byField).mailbox()));
        mailboxes.reconcile(rows, true);
        run.written(rows.size());
    }
}
