package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import it.albopec.mailbox.MailboxAction;
import it.albopec.mailbox.MailboxCommand;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.MailboxMoved;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.testsupport.ModuleTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestOrders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The finance module started with the mailbox module it follows, without compliance, self-service or notification.
 * ALL_DEPENDENCIES for what finance itself calls (convention, which needs order and provider; spreadsheet; audit;
 * security). Finance only listens to the mailbox module, and Spring Modulith starts a module's listened-to modules
 * only when asked: {@code extraIncludes} adds mailbox and the member module it needs, so that the charges come from
 * the mailbox module's {@link MailboxMoved} as in production.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"mailbox", "member"})
@ModuleTest
@Import(TestOrders.class) // for the test Orders' fixtures of the mailbox and convention packages
class FinanceModuleTest {

    private final FinanceFixtures fixtures;
    private final MailboxService mailboxes;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;
    private final LocalDate today;

    FinanceModuleTest(FinanceFixtures fixtures, MailboxService mailboxes, SignIn signIn, JdbcTemplate jdbc, Clock clock) {
        this.fixtures = fixtures;
        this.mailboxes = mailboxes;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aDeactivatedMailboxNoLongerForecastsItsNextTerm(Scenario scenario) {
        long mailbox = fixtures.activeMailbox("admin.po", "Disattivato", today, today.minusDays(5), null, null);
        assertThat(fixtures.chargesOf("finance.po", mailbox)).extracting(ChargeRow::state)
                .containsExactly(ChargeState.DUE, ChargeState.FORECAST);

        scenario.stimulate(() -> fixtures.apply("admin.po", mailbox, new MailboxCommand.Deactivation(today, "cancellazione dall'albo")))
                .andWaitForEventOfType(MailboxMoved.class)
                .matching(moved -> moved.mailboxId() == mailbox && moved.to() == MailboxState.DEACTIVATED)
                .toArriveAndVerify(moved -> {
                    // what the finance staff read on the costs page: the term started stays owed, the next one will not come
                    var charges = fixtures.chargesOf("finance.po", mailbox);
                    assertThat(charges).extracting(ChargeRow::state).containsExactly(ChargeState.DUE, ChargeState.CANCELLED);
                    assertThat(charges.get(1).note()).isEqualTo("MAILBOX_DEACTIVATED");
                });
    }

    @Test
    void theSameStepDeliveredAgainChangesNoCharge(Scenario scenario) {
        long mailbox = fixtures.activeMailbox("admin.po", "Ripetuto", today, today.minusDays(5), null, null);
        var before = fixtures.chargesOf("finance.po", mailbox);
        signIn.as("admin.po");
        MailboxDetails active = mailboxes.get(mailbox);
        signIn.out();
        var activation = new MailboxMoved(active.orderId(), active.memberId(), mailbox, MailboxState.REQUESTED, MailboxState.ACTIVE,
                MailboxAction.ACTIVATED, active.activatedOn());

        long deliveredBefore = activationsDelivered(mailbox);

        // as the event publication registry does after a crash: the step is delivered again, with nobody signed in
        scenario.publish(activation)
                .andWaitForStateChange(() -> activationsDelivered(mailbox), delivered -> delivered == deliveredBefore + 1)
                .andVerify(delivered -> assertThat(fixtures.chargesOf("finance.po", mailbox)).usingRecursiveComparison().isEqualTo(before));
    }

    /** How many activations of this mailbox the registry marked delivered to the charges' listener. */
    private long activationsDelivered(long mailbox) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%MailboxChargeListener%' "
                + "AND completion_date IS NOT NULL AND serialized_event LIKE ?", Long.class,
                "%\"mailboxId\":" + mailbox + ",%\"to\":\"ACTIVE\"%");
        return count == null ? 0 : count;
    }
}
