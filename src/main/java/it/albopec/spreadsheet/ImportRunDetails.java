package it.albopec.spreadsheet;

import java.time.Instant;
import java.util.List;

/**
 * One import as the history shows it: who, when, which file, the counts of the dry run, and how it ended. For a
 * provider's list, the members with a working mailbox here that the provider does not list; for an applied register
 * import, the rows left unwritten because a colleague created or changed their member after the dry run.
 */
public record ImportRunDetails(long id, ImportKind kind, String username, Instant startedAt, Instant finishedAt, String fileName,
                               long fileSize, String sheetName, ImportStatus status, boolean skipInvalid, int total, int created,
                               int changed, int unchanged, int invalid, int applied, Long durationMs, ImportFailure failure,
                               List<String> unknownToProvider, int changedMeanwhile) {
}
