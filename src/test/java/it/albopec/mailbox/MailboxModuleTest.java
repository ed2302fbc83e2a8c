package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import it.albopec.convention.PaymentMethod;
import it.albopec.member.MemberLeftOrder;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import it.albopec.security.CurrentUser;
import it.albopec.testsupport.ModuleTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The mailbox module started with everything it needs, and the register's {@link MemberLeftOrder} published as the
 * member module would. ALL_DEPENDENCIES because its direct dependencies do not start alone: the convention module it
 * reads the terms from needs the order and provider modules. The modules that merely listen to the mailbox (finance,
 * compliance, self-service, notification) are not started: the deactivation must not need them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleTest
@Import(TestOrders.class) // for the test Orders' fixtures of this package and of the convention package
class MailboxModuleTest {

    private final MailboxFixtures fixtures;
    private final MailboxService mailboxes;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;
    private final LocalDate today;

    MailboxModuleTest(MailboxFixtures fixtures, MailboxService mailboxes, MemberService members, CurrentUser currentUser, SignIn signIn, JdbcTemplate jdbc,
                      Clock clock) {
        this.fixtures = fixtures;
        this.mailboxes = mailboxes;
        this.members = members;
        this.currentUser = currentUser;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
    }

    @Test
    @WithUserDetails("admin.po")
    void aMemberStruckOffInPratoHasTheirMailboxDeactivatedWithAHistoryRow(Scenario scenario) {
        long member = fixtures.member("Cancellata", "Carla", today.minusYears(5));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);

        scenario.publish(left(member, MemberStatus.STRUCK_OFF, "cancellazione su domanda"))
                .andWaitForStateChange(() -> fixtures.state(mailbox), state -> state == MailboxState.DEACTIVATED)
                .andVerify(state -> {
                    // what the mailbox's page shows: the state and the dated step with who did it and why
                    assertThat(mailboxes.get(mailbox).state()).isEqualTo(MailboxState.DEACTIVATED);
                    assertThat(mailboxes.history(mailbox)).filteredOn(step -> step.to() == MailboxState.DEACTIVATED).singleElement()
                            .satisfies(step -> {
                                assertThat(step.from()).isEqualTo(MailboxState.ACTIVE);
                                assertThat(step.action()).isEqualTo(MailboxAction.DEACTIVATED);
                                assertThat(step.effectiveOn()).isEqualTo(today);
                                assertThat(step.username()).isEqualTo("system");
                                assertThat(step.reason()).isEqualTo("member struck_off: cancellazione su domanda");
                            });
                });
    }

    @Test
    @WithUserDetails("admin.po")
    void theSameNewsTwiceLeavesOneDeactivation(Scenario scenario) {
        long member = fixtures.member("Ripetuto", "Remo", today.minusYears(5));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);
        var event = left(member, MemberStatus.TRANSFERRED, "trasferimento a Firenze");
        scenario.publish(event).andWaitForStateChange(() -> fixtures.state(mailbox), state -> state == MailboxState.DEACTIVATED);

        // as a second node would after a restart, or a redelivery of an interrupted publication
        scenario.publish(event).andWaitForStateChange(() -> deliveredTo(event), delivered -> delivered == 2);

        assertThat(mailboxes.history(mailbox)).filteredOn(step -> step.to() == MailboxState.DEACTIVATED).hasSize(1);
        assertThat(fixtures.state(mailbox)).isEqualTo(MailboxState.DEACTIVATED);
    }

    @Test
    @WithUserDetails("admin.fg")
    void inFoggiaTheMemberWhoLeavesKeepsTheMailboxTheyPayFor(Scenario scenario) {
        long member = fixtures.member("Rimasta", "Rita", today.minusYears(5));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), PaymentMethod.CARD, null);
        var event = left(member, MemberStatus.TRANSFERRED, "trasferimento a Bari");

        scenario.publish(event).andWaitForStateChange(() -> deliveredTo(event), delivered -> delivered == 1);

        assertThat(mailboxes.get(mailbox).state()).isEqualTo(MailboxState.ACTIVE);
        assertThat(mailboxes.history(mailbox)).noneMatch(step -> step.to() == MailboxState.DEACTIVATED);
    }

    @Test
    @WithUserDetails("admin.po")
    void newsFromAnotherOrderNeverTouchesThisOrdersMailbox(Scenario scenario) {
        long member = fixtures.member("Estranea", "Elsa", today.minusYears(5));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);
        signIn.as("admin.bz");
        long bolzano = currentUser.requireOrderId();
        signIn.as("admin.po");
        var event = new MemberLeftOrder(bolzano, member, "RSSMRA80A01A952X", MemberStatus.STRUCK_OFF, today, "cancellazione");

        scenario.publish(event).andWaitForStateChange(() -> deliveredTo(event), delivered -> delivered == 1);

        assertThat(mailboxes.get(mailbox).state()).isEqualTo(MailboxState.ACTIVE);
    }

    private MemberLeftOrder left(long member, MemberStatus status, String reason) {
        return new MemberLeftOrder(currentUser.requireOrderId(), member, members.get(member).fiscalCode(), status, today, reason);
    }

    /** How many publications of this event the registry marked delivered to the mailbox module's listener. */
    private long deliveredTo(MemberLeftOrder event) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%MemberDepartureListener%' "
                + "AND completion_date IS NOT NULL AND serialized_event LIKE ? AND serialized_event LIKE ?", Long.class,
                "%\"memberId\":" + event.memberId() + ",%", "%\"orderId\":" + event.orderId() + ",%");
        return count == null ? 0 : count;
    }
}
