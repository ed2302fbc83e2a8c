package it.albopec.spreadsheet;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Personal data kept no longer than needed (GDPR art. 5(1)(e)): the rows of an import preview that was never applied —
 * every cell of the uploaded sheet, codici fiscali, names, e-mails — are deleted a configurable number of days after the
 * dry run. A preview still waiting is closed first ("cancelled, nothing written"), so it can no longer be applied. The
 * run itself stays in the history (who, when, file, counts). Applied imports keep their rows: they are the record of
 * what was written. Daily, once across nodes, safe to run twice.
 */
@Component
class ImportPreviewRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportPreviewRetention.class);
    private static final String NEVER_APPLIED = "('CANCELLED', 'FAILED', 'REFUSED')";
    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    ImportPreviewRetention(JdbcTemplate jdbc, Clock clock, @Value("${albopec.import.preview-retention-days:30}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("albopec.import.preview-retention-days must be at least 1");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = Duration.ofDays(days);
    }

    @Scheduled(cron = "${albopec.import.preview-retention-cron:0 15 3 * * *}", zone = "Europe/Rome")
    @SchedulerLock(name = "import-preview-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void nightly() {
        purge();
    }

    /** Deletes the rows of the previews older than the retention period that were never applied; returns how many. */
    int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(keep));
        // a waiting preview can no longer be applied (apply starts only from PREVIEWED, atomically: one of the two wins)
        int closed = jdbc.update("UPDATE import_run SET status = 'CANCELLED', finished_at = COALESCE(finished_at, ?) "
                + "WHERE status IN ('PREVIEWING', 'PREVIEWED') AND started_at < ?", Timestamp.from(clock.instant()), before);
        int deleted = 0;
        int chunk;
        do {
            chunk = jdbc.update("DELETE FROM import_row WHERE run_id IN (SELECT id FROM import_run WHERE status IN " + NEVER_APPLIED
                    + " AND started_at < ?) LIMIT " + CHUNK, before);
            deleted += chunk;
        } while (chunk == CHUNK);
        jdbc.update("UPDATE import_run SET unknown_to_provider = NULL WHERE status IN " + NEVER_APPLIED
                + " AND started_at < ? AND unknown_to_provider IS NOT NULL", before);
        if (closed > 0 || deleted > 0) {
            log.info("Import previews older than {} days: {} closed, {} rows deleted", keep.toDays(), closed, deleted);
        }
        return deleted;
    }
}
