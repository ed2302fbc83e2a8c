package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import it.albopec.base.NotFoundException;
import it.albopec.convention.PaymentMethod;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@AlboPecTest
class MailboxServiceTest {

    @Autowired MailboxService mailboxes;
    @Autowired MailboxFixtures fixtures;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void transferringAPratoMemberDeactivatesTheirMailboxWithTheReason() {
        signIn.as("admin.po");
        long member = fixtures.member("Viaggiatore", "Paolo", today.minusYears(4));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), null, null);
        var details = members.get(member);

        members.transfer(member, details.version(), today, "OMCeO di Firenze", "domanda di trasferimento");

        // the mailbox module hears it after the register's transaction committed, in its own (event publication registry)
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> mailboxes.get(mailbox).state() == MailboxState.DEACTIVATED);
        MailboxDetails after = mailboxes.get(mailbox);
        assertThat(after.state()).isEqualTo(MailboxState.DEACTIVATED);
        assertThat(mailboxes.history(mailbox).getLast().reason()).contains("transferred");
    }

    @Test
    void anotherOrdersMailboxIsNotFoundForReadingAndActing() {
        signIn.as("admin.fg");
        long member = fixtures.member("Foggiano", "Franco", today.minusYears(4));
        long mailbox = fixtures.activeMailbox(member, today.minusYears(1), PaymentMethod.PAYPAL, null);
        signIn.as("admin.po");
        assertThatThrownBy(() -> mailboxes.get(mailbox)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mailboxes.history(mailbox)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mailboxes.apply(mailbox, 0, new it.albopec.mailbox.MailboxCommand.Renewal(today)))
                .isInstanceOf(NotFoundException.class);
        assertThat(mailboxes.ofMember(member)).isEmpty();
        var outcome = mailboxes.applyToMany(List.of(new MailboxService.Target(mailbox, 0, "x")), new MailboxCommand.Renewal(today));
        assertThat(outcome.done()).isZero();
        assertThat(outcome.refused()).singleElement().extracting(r -> r.messageKey()).isEqualTo("base.error.notFound");
    }

    @Test
    void financeReadsButCannotRecordSteps() {
        signIn.as("finance.po");
        assertThat(mailboxes.count(MailboxFilter.none())).isPositive();
        assertThatThrownBy(() -> mailboxes.apply(1, 0, new MailboxCommand.Renewal(today))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStepOnManyMailboxesReportsEachRefusalAndDoesTheRest() {
        signIn.as("admin.bz");
        long a = fixtures.activeMailbox(fixtures.member("Eins", "Anna", today.minusYears(4)), today.minusYears(1), PaymentMethod.PAYPAL, null);
        long b = fixtures.activeMailbox(fixtures.member("Zwei", "Berta", today.minusYears(4)), today.minusYears(1), PaymentMethod.PAYPAL, null);
        var stale = fixtures.details(b).version() + 7;
        var outcome = mailboxes.applyToMany(List.of(new MailboxService.Target(a, fixtures.details(a).version(), "Eins"),
                new MailboxService.Target(b, stale, "Zwei")), new MailboxCommand.Deactivation(today, "rinuncia"));
        assertThat(outcome.done()).isEqualTo(1);
        assertThat(outcome.refused()).singleElement().extracting(MailboxService.BatchOutcome.Refusal::messageKey).isEqualTo("base.error.conflict");
        assertThat(fixtures.state(a)).isEqualTo(MailboxState.DEACTIVATED);
        assertThat(fixtures.state(b)).isEqualTo(MailboxState.ACTIVE);
    }

    @Test
    void aStaleVersionIsRefusedInsteadOfOverwriting() {
        signIn.as("admin.bz");
        long id = fixtures.activeMailbox(fixtures.member("Alt", "Otto", today.minusYears(4)), today.minusYears(1), PaymentMethod.PAYPAL, null);
        long version = fixtures.details(id).version();
        mailboxes.apply(id, version, new MailboxCommand.Renewal(today));
        assertThatThrownBy(() -> mailboxes.apply(id, version, new MailboxCommand.Deactivation(today, "x")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aBollettinoRequestWaitsForPaymentAndNeverRenewsAutomatically() {
        signIn.as("admin.bz");
        long member = fixtures.member("Ohne", "Karte", today.minusYears(4));
        preloadLists.send(today);
        long mailbox = mailboxes.ofMember(member).getFirst().id();
        var details = mailboxes.apply(mailbox, mailboxes.get(mailbox).version(),
                new MailboxCommand.RecordRequest(today, PaymentMethod.BOLLETTINO, true, null, "ohne.karte@pec.omceo.it", "7654321@aruba.it"));
        assertThat(details.state()).isEqualTo(MailboxState.AWAITING_PAYMENT);
        assertThat(details.autoRenewal()).as("bollettino never renews automatically").isFalse();
        assertThat(details.atRisk()).isFalse();
    }

    @Test
    void aMemberPaidConventionRefusesARequestWithoutPaymentMethod() {
        signIn.as("admin.bz");
        long member = fixtures.member("Ohne", "Zahlung", today.minusYears(4));
        preloadLists.send(today);
        long mailbox = mailboxes.ofMember(member).getFirst().id();
        assertThatThrownBy(() -> mailboxes.apply(mailbox, mailboxes.get(mailbox).version(),
                new MailboxCommand.RecordRequest(today, null, true, null, null, null)))
                .isInstanceOf(it.albopec.base.ServiceException.class).hasMessageContaining("paymentMethodNotAllowed");
        assertThat(mailboxes.get(mailbox).state()).isEqualTo(MailboxState.ELIGIBLE);
    }

    @Autowired PreloadLists preloadLists;

    @Test
    void thePageShowsEachMemberOnceWithTheirLatestMailbox() {
        signIn.as("admin.bz");
        long member = fixtures.member("Zweifach", "Zora", LocalDate.now().minusYears(8));
        long old = fixtures.activeMailbox(member, LocalDate.now().minusYears(2), PaymentMethod.BOLLETTINO, null);
        jdbc.update("UPDATE mailbox SET state = 'DELETED' WHERE id = ?", old);
        long current = fixtures.activeMailbox(member, LocalDate.now().minusMonths(1), PaymentMethod.BOLLETTINO, null);
        var byName = MailboxFilter.none().withText("Zweifach");

        assertThat(mailboxes.find(byName, org.springframework.data.domain.PageRequest.of(0, 10)))
                .extracting(MailboxRow::mailboxId).containsExactly(current);
        assertThat(mailboxes.count(byName)).isOne();
        var deletedOnes = MailboxFilter.none().withText("Zweifach").withState(MailboxState.DELETED);
        assertThat(mailboxes.count(deletedOnes)).as("the older, deleted mailbox is history, not the member's state").isZero();
        var withoutPec = MailboxFilter.none().withText("Zweifach").withNoValidPec(true);
        assertThat(mailboxes.count(withoutPec)).isZero();
    }

    @Test
    void everyFilterCountsWhatItsPagesShow() {
        var filters = List.of(MailboxFilter.none(),
                MailboxFilter.none().withState(MailboxState.ACTIVE),
                MailboxFilter.none().withState(MailboxState.DEACTIVATED),
                MailboxFilter.none().withExpiringWithinDays(90),
                MailboxFilter.none().withAtRisk(true),
                MailboxFilter.none().withTestMessageMissing(true),
                MailboxFilter.none().withDocumentsMissing(true),
                MailboxFilter.none().withNoValidPec(true),
                MailboxFilter.none().withNoMailbox(true));
        for (String admin : List.of("admin.po", "admin.fg", "admin.bz")) {
            signIn.as(admin);
            for (MailboxFilter filter : filters) {
                assertThat(mailboxes.count(filter)).as(admin + " " + filter)
                        .isEqualTo(mailboxes.find(filter, org.springframework.data.domain.PageRequest.of(0, 100_000)).size());
            }
        }
    }
}
