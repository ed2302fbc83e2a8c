package it.albopec.compliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import it.albopec.base.JobLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, for all Orders, set-based in SQL: formal notices whose 30 days are over move to DEADLINE_PASSED; open
 * cases whose member has a valid PEC by now are closed (for mailboxes moved without an event); and the month's
 * compliance snapshot of every Order is written (replaced within the month, so the last run of a month is its
 * figure). Each step writes its history rows and its change under the same condition: a second run, on this node or
 * another, finds nothing left to do and writes each step once. ShedLock keeps it to one node anyway.
 */
@Component
public class ComplianceJob {

    private static final Logger log = LoggerFactory.getLogger(ComplianceJob.class);
    private static final String DEADLINE_OVER = "c.step = 'NOTICE_SENT' AND c.notice_deadline < ?";
    private static final String VALID_NOW = "c.step <> 'CLOSED' AND EXISTS (SELECT 1 FROM member m WHERE m.id = c.member_id AND "
            + ComplianceQueries.HAS_VALID_PEC + ")";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ComplianceJob(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${albopec.compliance.cron:0 45 2 * * *}", zone = "Europe/Rome")
    @SchedulerLock(name = "compliance-nightly", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void nightly() {
        run(LocalDate.now(clock));
    }

    /** Applies {@code today}'s calendar; returns how many cases each step moved and how many snapshots it wrote. */
    @Transactional
    public Map<String, Integer> run(LocalDate today) {
        Date day = Date.valueOf(today);
        Timestamp now = Timestamp.from(clock.instant());
        // a manual run next to the scheduled one on the same server takes its turn
        Map<String, Integer> moved = JobLock.inTurn(jdbc, "albopec_compliance", () -> {
            var steps = new LinkedHashMap<String, Integer>();
            steps.put("closed", step(VALID_NOW, "CLOSED", "'valid PEC'", ", c.closed_on = ?", day, now, day));
            steps.put("deadlinePassed", step(DEADLINE_OVER, "DEADLINE_PASSED", "NULL", "", day, now, day));
            steps.put("snapshots", jdbc.update("INSERT INTO compliance_snapshot (order_id, month, active_members, with_valid_pec, taken_on) "
                    + "SELECT m.order_id, ?, COUNT(*), SUM(CASE WHEN " + ComplianceQueries.HAS_VALID_PEC + " THEN 1 ELSE 0 END), ? "
                    + "FROM member m WHERE m.status = 'ACTIVE' GROUP BY m.order_id "
                    + "ON DUPLICATE KEY UPDATE active_members = VALUES(active_members), with_valid_pec = VALUES(with_valid_pec), "
                    + "taken_on = VALUES(taken_on)", Date.valueOf(today.withDayOfMonth(1)), day));
            return steps;
        });
        log.info("Compliance job for {}: {}", today, moved);
        return moved;
    }

    /** History rows first, then the change, both under {@code condition} (whose one argument is today). */
    private int step(String condition, String to, String note, String extraSet, Date day, Timestamp now, Object conditionArg) {
        String where = condition;
        Object[] insertArgs = condition.contains("?") ? new Object[] {day, now, conditionArg} : new Object[] {day, now};
        jdbc.update("INSERT INTO compliance_case_step (case_id, order_id, from_step, to_step, effective_on, at, username, note) "
                + "SELECT c.id, c.order_id, c.step, '" + to + "', ?, ?, 'system', " + note + " FROM compliance_case c WHERE " + where, insertArgs);
        var updateArgs = new java.util.ArrayList<Object>();
        updateArgs.add(day);
        if (!extraSet.isEmpty()) {
            updateArgs.add(day);
        }
        if (condition.contains("?")) {
            updateArgs.add(conditionArg);
        }
        return jdbc.update("UPDATE compliance_case c SET c.step = '" + to + "', c.step_since = ?, c.version = c.version + 1" + extraSet
                + " WHERE " + where, updateArgs.toArray());
    }
}
