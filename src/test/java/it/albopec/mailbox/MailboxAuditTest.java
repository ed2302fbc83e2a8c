package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import it.albopec.audit.AuditEntry;
import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.convention.PaymentMethod;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Every mailbox step and every change of payment method or card expiry is in the Order's audit trail (issue 11, point 8). */
@AlboPecTest
class MailboxAuditTest {

    @Autowired MailboxService mailboxes;
    @Autowired MailboxFixtures fixtures;
    @Autowired MailboxLifecycleJob job;
    @Autowired AuditTrail audit;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<AuditEntry> trail(long mailboxId) {
        return audit.find(AuditFilter.forEntity("mailbox", mailboxId), Pageable.ofSize(50));
    }

    @Test
    void aNewCardAndEveryStepAreAuditedWithWhoAndWhatChanged() {
        signIn.as("admin.fg");
        LocalDate today = LocalDate.now();
        long id = fixtures.activeMailbox(fixtures.member("Cartanuova", "Carla", today.minusYears(4)), today.minusYears(1),
                PaymentMethod.CARD, YearMonth.from(today.plusMonths(2)));

        mailboxes.apply(id, fixtures.details(id).version(),
                new MailboxCommand.PaymentChange(today, PaymentMethod.CARD, true, YearMonth.from(today.plusYears(4))));
        AuditEntry change = trail(id).getFirst();
        assertThat(change.action()).isEqualTo("payment-changed");
        assertThat(change.username()).isEqualTo("admin.fg");
        assertThat(change.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("cardValidUntil", YearMonth.from(today.plusMonths(2)).toString(),
                        YearMonth.from(today.plusYears(4)).toString()));

        mailboxes.apply(id, fixtures.details(id).version(), new MailboxCommand.PaymentChange(today, PaymentMethod.PAYPAL, true, null));
        assertThat(trail(id).getFirst().changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("paymentMethod", "CARD", "PAYPAL"));

        mailboxes.apply(id, fixtures.details(id).version(), new MailboxCommand.Deactivation(today, "richiesta dell'iscritto"));
        AuditEntry deactivation = trail(id).getFirst();
        assertThat(deactivation.action()).isEqualTo("deactivated");
        assertThat(deactivation.reason()).isEqualTo("richiesta dell'iscritto");
        assertThat(deactivation.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("state", "ACTIVE", "DEACTIVATED"));
        assertThat(audit.entityTypes()).contains("mailbox");
        assertThat(audit.find(new AuditFilter("mailbox", null, "admin.fg", null, null, null), Pageable.ofSize(500)))
                .allMatch(e -> e.entityType().equals("mailbox"));
    }

    @Test
    void theNightlyJobsStepsAreAuditedOnceEach() {
        signIn.as("admin.fg");
        LocalDate today = LocalDate.now();
        long member = fixtures.member("Notturno", "Nino", today.minusYears(6));
        long probe = fixtures.activeMailbox(member, today.minusYears(1), PaymentMethod.BOLLETTINO, null);
        int term = fixtures.details(probe).termMonths();
        // a second member whose mailbox reaches its last 90 days today
        long id = fixtures.activeMailbox(fixtures.member("Notturno", "Nina", today.minusYears(6)), today.minusMonths(term).plusDays(30),
                PaymentMethod.BOLLETTINO, null);

        job.run(today);
        job.run(today);

        List<AuditEntry> entries = trail(id);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("expiring");
        assertThat(entries.getFirst().username()).isEqualTo("system");
        assertThat(entries.getFirst().changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("state", "ACTIVE", "EXPIRING"));
        assertThat(trail(probe)).isEmpty();
    }
}
