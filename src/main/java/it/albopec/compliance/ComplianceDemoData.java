package it.albopec.compliance;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import it.albopec.base.DemoDataStep;
import it.albopec.security.DemoOrderFill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * In each demo Order, open cases at different steps (two reminders, a formal notice running, one whose deadline
 * passed, one proposed to the next Council meeting), an address outside the convention that bounced, and a year of
 * monthly snapshots leading to today's rate so the trend chart has a history. Runs once per Order.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class ComplianceDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(ComplianceDemoData.class);

    private final DemoOrderFill demoOrders;
    private final ComplianceQueries queries;
    private final ComplianceCaseRepository cases;
    private final ExternalPecRepository externals;
    private final CaseHistory history;
    private final ComplianceJob job;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ComplianceDemoData(DemoOrderFill demoOrders, ComplianceQueries queries, ComplianceCaseRepository cases, ExternalPecRepository externals,
                       CaseHistory history, ComplianceJob job, JdbcTemplate jdbc, Clock clock) {
        this.demoOrders = demoOrders;
        this.queries = queries;
        this.cases = cases;
        this.externals = externals;
        this.history = history;
        this.job = job;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        int opened = demoOrders.eachUnfilled(this::hasCases, order -> populate(order.id(), order.language(), today));
        if (opened > 0) {
            job.run(today);
            log.info("Demo compliance: {} open cases", opened);
        }
    }

    private boolean hasCases(long orderId) {
        Long cases = jdbc.queryForObject("SELECT COUNT(*) FROM compliance_case WHERE order_id = ?", Long.class, orderId);
        return cases != null && cases > 0;
    }

    private int populate(long orderId, String language, LocalDate today) {
        List<NonCompliantMember> members = queries.find(orderId, ComplianceFilter.empty().withWithoutCase(true), PageRequest.of(0, 7));
        if (members.size() < 6) {
            return 0;
        }
        // reminders only
        open(orderId, members.get(0).memberId(), language, today.minusDays(5));
        open(orderId, members.get(1).memberId(), "it", today.minusDays(12));
        // a formal notice running
        var noticed = open(orderId, members.get(2).memberId(), language, today.minusDays(25));
        step(noticed, noticed.sendNotice(today.minusDays(10)), "admin");
        // a deadline passed
        var passed = open(orderId, members.get(3).memberId(), language, today.minusDays(70));
        step(passed, passed.sendNotice(today.minusDays(50)), "admin");
        step(passed, passed.passDeadline(passed.getNoticeDeadline().plusDays(1)), "system");
        // proposed to the next Council meeting
        var proposed = open(orderId, members.get(4).memberId(), language, today.minusDays(100));
        step(proposed, proposed.sendNotice(today.minusDays(80)), "admin");
        step(proposed, proposed.passDeadline(proposed.getNoticeDeadline().plusDays(1)), "system");
        LocalDate meeting = today.plusDays(10);
        long meetingId = queries.meeting(orderId, meeting, "demo", clock.instant());
        step(proposed, proposed.proposeToCouncil(meetingId, meeting, today.minusDays(20)), "admin");
        // an address outside the convention that bounced
        long bounced = members.get(5).memberId();
        if (externals.findByMemberIdAndOrderId(bounced, orderId).isEmpty()) {
            var pec = ExternalPec.of(orderId, bounced);
            pec.recordValid("studio." + bounced + "@pec.example.it", today.minusYears(2), "demo");
            pec.markInvalid(InvalidReason.BOUNCED, "ricevuta di mancata consegna", today.minusDays(40));
            externals.save(pec);
        }
        snapshots(orderId, today);
        return 5;
    }

    private ComplianceCase open(long orderId, long memberId, String language, LocalDate on) {
        var c = cases.saveAndFlush(ComplianceCase.open(orderId, memberId, language, on));
        history.record(c, new ComplianceCase.Move(null, CaseStep.REMINDER_SENT, on, null), "admin");
        return c;
    }

    private void step(ComplianceCase c, ComplianceCase.Move move, String username) {
        cases.saveAndFlush(c);
        history.record(c, move, username);
    }

    /** A year of demo history: the rate rose by about a point a month towards today's figure. */
    private void snapshots(long orderId, LocalDate today) {
        ComplianceRate now = queries.rate(orderId, YearMonth.from(today));
        for (int back = 11; back >= 1; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            long valid = Math.max(0, now.withValidPec() - Math.round(now.activeMembers() * back / 100.0));
            jdbc.update("INSERT IGNORE INTO compliance_snapshot (order_id, month, active_members, with_valid_pec, taken_on) VALUES (?, ?, ?, ?, ?)",
                    orderId, Date.valueOf(month.atDay(1)), now.activeMembers(), valid, Date.valueOf(month.atEndOfMonth()));
        }
    }
}
