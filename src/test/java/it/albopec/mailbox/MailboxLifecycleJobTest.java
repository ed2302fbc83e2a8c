package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import it.albopec.convention.PaymentMethod;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly job on mailboxes whose dates put them at each edge of the calendar, run on "today": the demo data
 * was already moved to today, so only these mailboxes move.
 */
@AlboPecTest
class MailboxLifecycleJobTest {

    @Autowired MailboxLifecycleJob job;
    @Autowired MailboxFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void movesEachMailboxByItsDatesAndRenewsFromTheOldExpiry() {
        signIn.as("admin.bz");
        long stillActive = mailbox("Aktiv", expiringOn(today.plusDays(91)), PaymentMethod.BOLLETTINO, null);
        long expiring = mailbox("Bald", expiringOn(today.plusDays(90)), PaymentMethod.BOLLETTINO, null);
        long expired = mailbox("Abgelaufen", today.minusMonths(36), PaymentMethod.BANK_TRANSFER, null);
        long stillRenewable = mailbox("Verlaengerbar", expiringOn(today.minusDays(89)), PaymentMethod.BOLLETTINO, null);
        long deleted = mailbox("Geloescht", expiringOn(today.minusDays(90)), PaymentMethod.BOLLETTINO, null);
        long renewedByCard = mailbox("Karte", today.minusMonths(36), PaymentMethod.CARD, YearMonth.from(today.plusYears(4)));
        long cardTooShort = mailbox("Kurz", today.minusMonths(36), PaymentMethod.CARD, YearMonth.from(today.minusMonths(2)));
        long renewedByPaypal = mailbox("Paypal", expiringOn(today.minusDays(5)), PaymentMethod.PAYPAL, null);
        LocalDate paypalOldExpiry = fixtures.details(renewedByPaypal).expiresOn();

        job.run(today);

        assertThat(fixtures.state(stillActive)).isEqualTo(MailboxState.ACTIVE);
        assertThat(fixtures.state(expiring)).isEqualTo(MailboxState.EXPIRING);
        assertThat(fixtures.state(expired)).isEqualTo(MailboxState.EXPIRED);
        assertThat(fixtures.state(stillRenewable)).isEqualTo(MailboxState.EXPIRED);
        assertThat(fixtures.state(deleted)).isEqualTo(MailboxState.DELETED);
        assertThat(fixtures.state(renewedByCard)).isEqualTo(MailboxState.ACTIVE);
        assertThat(fixtures.state(cardTooShort)).as("a card that expired breaks the automatic renewal").isEqualTo(MailboxState.EXPIRED);
        assertThat(fixtures.details(renewedByPaypal).expiresOn()).isEqualTo(paypalOldExpiry.plusMonths(36));
        assertThat(actions(renewedByPaypal)).contains("RENEWED_AUTOMATICALLY");
        assertThat(actions(deleted)).endsWith("DELETED");
    }

    @Test
    void runningTheJobTwiceGivesTheSameResult() {
        signIn.as("admin.bz");
        long expiring = mailbox("Zweimal", expiringOn(today.plusDays(30)), PaymentMethod.BOLLETTINO, null);
        job.run(today);
        List<String> first = actions(expiring);
        var second = job.run(today);
        assertThat(actions(expiring)).isEqualTo(first);
        assertThat(second.values()).allMatch(n -> n == 0);
    }

    @Test
    void twoInstancesRunningAtOnceWriteEachTransitionOnce() throws Exception {
        signIn.as("admin.bz");
        long expired = mailbox("Parallel", expiringOn(today.minusDays(10)), PaymentMethod.BANK_TRANSFER, null);
        long deleted = mailbox("Parallel", today.minusMonths(40), PaymentMethod.BANK_TRANSFER, null);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Object> run = () -> job.run(today);
            pool.invokeAll(List.of(run, run)).forEach(f -> {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertThat(actions(expired).stream().filter("EXPIRED"::equals)).hasSize(1);
        assertThat(actions(deleted).stream().filter("DELETED"::equals)).hasSize(1);
        assertThat(actions(deleted).stream().filter("EXPIRED"::equals)).hasSize(1);
    }

    @Test
    void theJobDeactivatesPratosMailboxesOfMembersWhoLeftEvenIfTheEventWasMissed() {
        signIn.as("admin.po");
        long member = fixtures.member("Partito", "Pietro", today.minusYears(5));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);
        jdbc.update("UPDATE member SET status = 'STRUCK_OFF', status_date = ? WHERE id = ?", java.sql.Date.valueOf(today), member);
        job.run(today);
        assertThat(fixtures.state(mailbox)).isEqualTo(MailboxState.DEACTIVATED);
    }

    /** The activation date of a 36-month term that ends on {@code expiry} (counted back, so month ends do not shift it). */
    private static LocalDate expiringOn(LocalDate expiry) {
        return expiry.minusMonths(36);
    }

    private long mailbox(String surname, LocalDate activatedOn, PaymentMethod method, YearMonth card) {
        long member = fixtures.member(surname, "Test", today.minusYears(10));
        return fixtures.activeMailbox(member, activatedOn, method, card);
    }

    private List<String> actions(long mailboxId) {
        return jdbc.queryForList("SELECT action FROM mailbox_transition WHERE mailbox_id = ? ORDER BY id", String.class, mailboxId);
    }
}
