package it.albopec.spreadsheet;

import java.time.Instant;

/** One import as the history shows it: who, when, which file, the counts of the dry run, and how it ended. */
public record ImportRunDetails(long id, ImportKind kind, String username, Instant startedAt, Instant finishedAt, String fileName,
                               long fileSize, String sheetName, ImportStatus status, boolean skipInvalid, int total, int created,
                               int changed, int unchanged, int invalid, int applied, Long durationMs, ImportFailure failure) {
}
