package it.albopec.compliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The dated steps of every case: who made each and when. Only ever appended. */
@Component
class CaseHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(ComplianceCase c, ComplianceCase.Move move, String username) {
        jdbc.update("INSERT INTO compliance_case_step (case_id, order_id, from_step, to_step, effective_on, at, username, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                c.getId(), c.getOrderId(), move.from() == null ? null : move.from().name(), move.to().name(),
                Date.valueOf(move.on()), Timestamp.from(clock.instant()), username, move.note());
    }

    List<CaseStepEntry> of(long caseId) {
        return jdbc.query("SELECT from_step, to_step, effective_on, at, username, note FROM compliance_case_step "
                        + "WHERE case_id = ? ORDER BY at, id",
                (rs, n) -> new CaseStepEntry(rs.getString(1) == null ? null : CaseStep.valueOf(rs.getString(1)),
                        CaseStep.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getString(6)),
                caseId);
    }
}
