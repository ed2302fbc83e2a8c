package it.albopec.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The compliance rate (members with a valid PEC ÷ active members) and its monthly trend kept by the nightly job. */
@AlboPecTest
class ComplianceRateTest {

    @Autowired ComplianceService compliance;
    @Autowired ComplianceJob job;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @Autowired TestClock.MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void theRateCountsActiveMembersAndThoseWithAValidPec() {
        assertThat(new ComplianceRate(YearMonth.now(), 3, 2).percent()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(new ComplianceRate(YearMonth.now(), 0, 0).percent()).as("no active member, no rate").isNull();

        signIn.as("admin.po");
        ComplianceRate before = compliance.rate();
        assertThat(before.activeMembers()).isPositive();
        long member = members.create(TestMembers.physician("Contato", "Carlo", today.minusYears(3))).id();
        ComplianceRate added = compliance.rate();
        assertThat(added.activeMembers()).isEqualTo(before.activeMembers() + 1);
        assertThat(added.withValidPec()).isEqualTo(before.withValidPec());

        compliance.recordExternalPec(member, "carlo.contato@pec.example.it");
        ComplianceRate valid = compliance.rate();
        assertThat(valid.withValidPec()).isEqualTo(before.withValidPec() + 1);

        var suspended = members.get(member);
        members.suspend(member, suspended.version(), today, "prova");
        assertThat(compliance.rate().activeMembers()).as("a suspended member is not active").isEqualTo(before.activeMembers());

        signIn.as("admin.fg");
        assertThat(compliance.rate().activeMembers()).as("another Order counts its own members").isNotEqualTo(valid.activeMembers());
    }

    @Test
    void theNightlyJobKeepsOneSnapshotPerMonthAndTheTrendShowsThem() {
        signIn.as("admin.po");
        long orderId = members.get(members.create(TestMembers.physician("Mensile", "Mario", today.minusYears(3))).id()).orderId();
        LocalDate twoMonthsAgo = YearMonth.from(today).minusMonths(2).atDay(15);
        clock.setToday(twoMonthsAgo);
        ComplianceRate then = compliance.rate();
        job.run(twoMonthsAgo);
        job.run(twoMonthsAgo);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM compliance_snapshot WHERE order_id = ? AND month = ?", Long.class,
                orderId, java.sql.Date.valueOf(twoMonthsAgo.withDayOfMonth(1)))).as("idempotent").isEqualTo(1);

        members.create(TestMembers.physician("Mensile", "Marta", today.minusYears(3)));
        LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(15);
        clock.setToday(lastMonth);
        job.run(lastMonth);

        clock.reset();
        var trend = compliance.trend();
        assertThat(trend).hasSizeLessThanOrEqualTo(12);
        assertThat(trend.getLast().month()).isEqualTo(YearMonth.from(today));
        assertThat(trend.getLast()).isEqualTo(compliance.rate());
        assertThat(trend).filteredOn(r -> r.month().equals(YearMonth.from(twoMonthsAgo))).singleElement()
                .isEqualTo(new ComplianceRate(YearMonth.from(twoMonthsAgo), then.activeMembers(), then.withValidPec()));
        assertThat(trend).filteredOn(r -> r.month().equals(YearMonth.from(lastMonth))).singleElement()
                .isEqualTo(new ComplianceRate(YearMonth.from(lastMonth), then.activeMembers() + 1, then.withValidPec()));
        assertThat(trend).extracting(ComplianceRate::month).isSorted().doesNotHaveDuplicates();
    }
}
