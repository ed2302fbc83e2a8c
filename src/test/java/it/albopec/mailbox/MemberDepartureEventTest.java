package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import it.albopec.member.MemberLeftOrder;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.security.CurrentUser;
import org.awaitility.Awaitility;
import it.albopec.testsupport.AlboPecTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A member who leaves the Order has their convention mailbox deactivated, through the event publication registry, so
 * that a delivery a crash interrupted is made again; driven with Spring Modulith's {@link Scenario}.
 */
// On the suite's one context, with every listener of MemberLeftOrder (mailbox, self-service, compliance) as in
// production; MailboxModuleTest starts the mailbox module alone, in the module tests' own JVM (see pom.xml).
@AlboPecTest
@EnableScenarios
class MemberDepartureEventTest {

    @Autowired MailboxFixtures fixtures;
    @Autowired MemberService members;
    @Autowired CurrentUser currentUser;
    @Autowired JdbcTemplate jdbc;
    @Autowired IncompleteEventPublications incomplete;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Test
    @WithUserDetails("admin.po")
    void aMemberWhoLeavesLosesTheirPratoMailboxAndTheDeliveryIsRecorded(Scenario scenario) {
        long member = fixtures.member("Partente", "Piera", today.minusYears(3));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);
        var event = new MemberLeftOrder(currentUser.requireOrderId(), member, members.get(member).fiscalCode(), MemberStatus.TRANSFERRED,
                today, "trasferimento a Firenze");

        scenario.publish(event)
                .andWaitForStateChange(() -> fixtures.state(mailbox), state -> state == MailboxState.DEACTIVATED)
                .andVerify(state -> assertThat(state).isEqualTo(MailboxState.DEACTIVATED));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication "
                + "WHERE listener_id LIKE '%MemberDepartureListener%' AND serialized_event LIKE ? AND completion_date IS NOT NULL",
                Long.class, "%" + event.fiscalCode() + "%") == 1);
    }

    @Test
    @WithUserDetails("admin.po")
    void aDeliveryLeftIncompleteByACrashIsMadeAgain(Scenario scenario) {
        long member = fixtures.member("Interrotto", "Ivo", today.minusYears(3));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);
        var event = new MemberLeftOrder(currentUser.requireOrderId(), member, members.get(member).fiscalCode(), MemberStatus.STRUCK_OFF,
                today, "cancellazione");
        scenario.publish(event).andWaitForStateChange(() -> fixtures.state(mailbox), state -> state == MailboxState.DEACTIVATED);
        // the registry marks the delivery completed right after the listener's transaction
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%MemberDepartureListener%' AND serialized_event LIKE ? "
                        + "AND completion_date IS NOT NULL", Long.class,
                "%" + event.fiscalCode() + "%") == 1);

        // as a crash would leave it: the event recorded, its delivery not completed, the mailbox still open
        jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED' "
                        + "WHERE listener_id LIKE '%MemberDepartureListener%' AND serialized_event LIKE ?",
                "%" + event.fiscalCode() + "%");
        jdbc.update("UPDATE mailbox SET state = 'ACTIVE' WHERE id = ?", mailbox);
        assertThat(fixtures.state(mailbox)).isEqualTo(MailboxState.ACTIVE);

        // what the application does at start-up (spring.modulith.events.republish-outstanding-events-on-restart)
        incomplete.resubmitIncompletePublications(publication -> true);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.state(mailbox) == MailboxState.DEACTIVATED);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL", Long.class,
                "%" + event.fiscalCode() + "%") == 0);
    }
}
