package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import it.albopec.convention.PaymentMethod;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seeds' mailbox rules of issue 11, walked with a moved clock: Prato's automatic renewal on every path, the
 * provider's list never opening a mailbox for a member who left, Foggia's unrecoverable expiry and the activation times.
 */
@AlboPecTest
class MailboxSeedRulesTest {

    @Autowired MailboxService mailboxes;
    @Autowired PreloadLists lists;
    @Autowired MailboxLifecycleJob job;
    @Autowired MailboxFixtures fixtures;
    @Autowired MemberService members;
    @Autowired TestClock.MutableClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    /**
     * Prato: "tutte le caselle Pec in convenzione verranno rinnovate automaticamente - ogni 3 (tre) anni a spese
     * dell'Ordine". Three years and ten days ago one mailbox was recorded by hand, one came from a pre-load list and was
     * activated by the provider's list, one was opened by the provider's list alone; today the nightly job renews all three.
     */
    @Test
    void pratoRenewsEveryMailboxAutomaticallyWhicheverWayItBecameActive() {
        signIn.as("admin.po");
        LocalDate start = today.minusMonths(36).minusDays(10);
        long byHand = fixtures.member("Rinnovo", "Amano", start.minusYears(5));
        long fromList = fixtures.member("Rinnovo", "Lista", start.minusYears(5));
        long fromProvider = fixtures.member("Rinnovo", "Gestore", start.plusDays(1)); // registered after the list

        clock.setToday(start);
        lists.send(start);
        MailboxDetails handBox = mailboxes.ofMember(byHand).getFirst();
        assertThat(handBox.state()).isEqualTo(MailboxState.ELIGIBLE);
        handBox = mailboxes.apply(handBox.id(), handBox.version(),
                new MailboxCommand.RecordRequest(start, null, true, null, "amano.rinnovo@pec.omceo.it", "1234567@aruba.it"));
        handBox = mailboxes.apply(handBox.id(), handBox.version(), new MailboxCommand.Activation(start, null, null));
        assertThat(mailboxes.ofMember(fromProvider)).isEmpty();
        var reconciliation = mailboxes.reconcileFromProvider(List.of(
                new ProviderMailbox(members.get(fromList).fiscalCode(), "lista.rinnovo@pec.omceo.it", start, start.plusMonths(36), false),
                new ProviderMailbox(members.get(fromProvider).fiscalCode(), "gestore.rinnovo@pec.omceo.it", start, start.plusMonths(36), false)),
                true);
        assertThat(reconciliation.rows()).extracting(ProviderReconciliation.Row::outcome)
                .containsExactly(ProviderReconciliation.Outcome.UPDATED, ProviderReconciliation.Outcome.CREATED);

        for (long member : List.of(byHand, fromList, fromProvider)) {
            MailboxDetails box = mailboxes.ofMember(member).getFirst();
            assertThat(box.state()).isEqualTo(MailboxState.ACTIVE);
            assertThat(box.autoRenewal()).as("automatic renewal of member %s", member).isTrue();
            assertThat(box.atRisk()).as("never 'a rischio' where the Order pays").isFalse();
        }

        clock.reset(); // three years and ten days later: each term ended ten days ago
        job.run(LocalDate.now(clock));

        for (long member : List.of(byHand, fromList, fromProvider)) {
            MailboxDetails box = mailboxes.ofMember(member).getFirst();
            assertThat(box.state()).as("mailbox of member %s", member).isEqualTo(MailboxState.ACTIVE);
            assertThat(box.expiresOn()).isEqualTo(start.plusMonths(72));
            assertThat(mailboxes.history(box.id())).extracting(MailboxHistoryEntry::action).contains(MailboxAction.RENEWED_AUTOMATICALLY)
                    .doesNotContain(MailboxAction.EXPIRED);
        }
    }

    /** The provider's list never opens a mailbox for a member who left, nor reopens one the Order deactivated. */
    @Test
    void theProvidersListNeverOpensAMailboxForSomeoneWhoLeft() {
        signIn.as("admin.po");
        LocalDate activated = today.minusMonths(4);
        long struckOff = fixtures.member("Partito", "Cancellato", today.minusYears(8));
        long deceased = fixtures.member("Partito", "Deceduto", today.minusYears(8));
        long deactivated = fixtures.member("Partito", "Disattivato", today.minusYears(8));
        long stillHere = fixtures.member("Presente", "Rimasto", today.minusYears(8));
        jdbc.update("UPDATE member SET status = 'STRUCK_OFF', status_date = ? WHERE id = ?", java.sql.Date.valueOf(today.minusDays(3)), struckOff);
        jdbc.update("UPDATE member SET status = 'DECEASED', status_date = ? WHERE id = ?", java.sql.Date.valueOf(today.minusDays(3)), deceased);
        long box = fixtures.activeMailbox(deactivated, activated, null, null);
        var details = fixtures.details(box);
        mailboxes.apply(box, details.version(), new MailboxCommand.Deactivation(today, "decisione dell'Ordine"));

        var outcome = mailboxes.reconcileFromProvider(List.of(
                row(struckOff, activated), row(deceased, activated), row(deactivated, activated), row(stillHere, activated)), true);

        assertThat(outcome.rows()).extracting(ProviderReconciliation.Row::outcome).containsExactly(
                ProviderReconciliation.Outcome.STILL_OPEN_AT_PROVIDER, ProviderReconciliation.Outcome.STILL_OPEN_AT_PROVIDER,
                ProviderReconciliation.Outcome.STILL_OPEN_AT_PROVIDER, ProviderReconciliation.Outcome.CREATED);
        assertThat(outcome.rows()).extracting(ProviderReconciliation.Row::note).containsExactly(
                "mailbox.providerList.stillOpen.STRUCK_OFF", "mailbox.providerList.stillOpen.DECEASED",
                "mailbox.providerList.stillOpen.DEACTIVATED", null);
        assertThat(mailboxes.ofMember(struckOff)).isEmpty();
        assertThat(mailboxes.ofMember(deceased)).isEmpty();
        assertThat(mailboxes.ofMember(deactivated)).singleElement().extracting(MailboxDetails::state).isEqualTo(MailboxState.DEACTIVATED);
        assertThat(mailboxes.ofMember(stillHere)).singleElement().extracting(MailboxDetails::state).isEqualTo(MailboxState.ACTIVE);
    }

    /**
     * Foggia: "la PEC scadrà e non potrà più essere recuperata ... Sarà poi necessario registrarsi nuovamente per ottenere
     * un nuovo indirizzo PEC". At expiry the mailbox becomes unrecoverable the same night and the member gets a new
     * mailbox record at once; Bolzano's instructions are silent, so its expired mailbox stays renewable for 90 days.
     */
    @Test
    void foggiasExpiredMailboxIsUnrecoverableAndTheMemberRegistersAgainForANewAddress() {
        signIn.as("admin.fg");
        long member = fixtures.member("Scaduto", "Foggiano", today.minusYears(10));
        long old = fixtures.activeMailbox(member, today.minusMonths(36), PaymentMethod.BANK_TRANSFER, null);
        assertThat(fixtures.details(old).expiresOn()).isEqualTo(today);

        job.run(today);
        job.run(today); // twice: still one new record

        assertThat(fixtures.state(old)).isEqualTo(MailboxState.DELETED);
        List<MailboxDetails> all = mailboxes.ofMember(member);
        assertThat(all).hasSize(2);
        MailboxDetails fresh = all.getFirst();
        assertThat(fresh.state()).isEqualTo(MailboxState.ELIGIBLE);
        assertThat(fresh.pecAddress()).isNull();
        assertThat(all.get(1).pecAddress()).as("the old one kept in history with its address").isEqualTo("test." + member + "@pec.omceo.it");
        assertThat(mailboxes.history(old)).extracting(MailboxHistoryEntry::action).endsWith(MailboxAction.EXPIRED, MailboxAction.DELETED);
        // the member can register again at once
        var requested = mailboxes.apply(fresh.id(), fresh.version(),
                new MailboxCommand.RecordRequest(today, PaymentMethod.CARD, true, java.time.YearMonth.from(today.plusYears(5)), null, null));
        assertThat(requested.state()).isEqualTo(MailboxState.AWAITING_DOCUMENTS);

        signIn.as("admin.bz");
        long bolzano = fixtures.member("Scaduto", "Bozner", today.minusYears(10));
        long bolzanoBox = fixtures.activeMailbox(bolzano, today.minusMonths(36), PaymentMethod.BANK_TRANSFER, null);
        job.run(today);
        assertThat(fixtures.state(bolzanoBox)).isEqualTo(MailboxState.EXPIRED);
        assertThat(fixtures.details(bolzanoBox).deletionDate()).contains(today.plusDays(90));
        assertThat(mailboxes.ofMember(bolzano)).hasSize(1);
    }

    /** Bolzano: "di norma 2/3 giorni" after a bollettino, counted in days; past them the mailbox is overdue. */
    @Test
    void bolzanosBollettinoIsExpectedWithinThreeDaysAndThenFlaggedOverdue() {
        signIn.as("admin.bz");
        LocalDate friday = LocalDate.of(2026, 3, 6);
        long member = fixtures.member("Attesa", "Bollettino", friday.minusYears(10));
        clock.setToday(friday);
        long box = eligibleMailbox(member, friday);
        var requested = mailboxes.apply(box, fixtures.details(box).version(),
                new MailboxCommand.RecordRequest(friday, PaymentMethod.BOLLETTINO, false, null, null, null));
        assertThat(requested.state()).isEqualTo(MailboxState.AWAITING_PAYMENT);
        assertThat(requested.activationExpectedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        var overdue = MailboxFilter.none().withActivationOverdue(true);
        var mine = new MailboxFilter("Attesa", null, null, false, false, false, false, false, false, true);

        clock.setToday(LocalDate.of(2026, 3, 9));
        assertThat(mailboxes.count(mine)).isZero();
        long before = mailboxes.count(overdue);
        clock.setToday(LocalDate.of(2026, 3, 10));
        assertThat(mailboxes.count(mine)).isEqualTo(1);
        assertThat(mailboxes.count(overdue)).isEqualTo(before + 1);
        assertThat(mailboxes.find(mine, org.springframework.data.domain.PageRequest.of(0, 10))).singleElement()
                .satisfies(r -> assertThat(r.activationOverdue()).isTrue());

        mailboxes.apply(box, requested.version(), new MailboxCommand.PaymentReceived(LocalDate.of(2026, 3, 10)));
        assertThat(mailboxes.count(mine)).isZero();
    }

    /** Foggia: "in genere 2/3 gg lavorativi" after the faxed form, for card payments too (not in real time). */
    @Test
    void foggiasCardWaitsForTheFaxedFormThenThreeWorkingDays() {
        signIn.as("admin.fg");
        LocalDate thursday = LocalDate.of(2026, 4, 2);
        long member = fixtures.member("Attesa", "Fax", thursday.minusYears(10));
        clock.setToday(thursday);
        long box = eligibleMailbox(member, thursday);
        var requested = mailboxes.apply(box, fixtures.details(box).version(),
                new MailboxCommand.RecordRequest(thursday, PaymentMethod.CARD, true, java.time.YearMonth.of(2031, 12), null, null));
        assertThat(requested.state()).as("a card payment is not activated in real time").isEqualTo(MailboxState.AWAITING_DOCUMENTS);
        assertThat(requested.activationExpectedOn()).as("the member's documents are awaited first").isNull();
        var documents = mailboxes.apply(box, requested.version(), new MailboxCommand.DocumentsReceived(thursday));
        assertThat(documents.state()).isEqualTo(MailboxState.REQUESTED);
        // Friday 3, (weekend, Easter Monday 6), Tuesday 7, Wednesday 8 April
        assertThat(documents.activationExpectedOn()).isEqualTo(LocalDate.of(2026, 4, 8));
        var mine = new MailboxFilter("Attesa", null, null, false, false, false, false, false, false, true);
        clock.setToday(LocalDate.of(2026, 4, 8));
        assertThat(mailboxes.count(mine)).isZero();
        clock.setToday(LocalDate.of(2026, 4, 9));
        assertThat(mailboxes.count(mine)).isEqualTo(1);
        var active = mailboxes.apply(box, documents.version(), new MailboxCommand.Activation(LocalDate.of(2026, 4, 9), null, null));
        assertThat(active.state()).isEqualTo(MailboxState.ACTIVE);
        assertThat(mailboxes.count(mine)).isZero();
    }

    private long eligibleMailbox(long memberId, LocalDate on) {
        return mailboxes.ofMember(memberId).stream().findFirst().map(MailboxDetails::id).orElseGet(() -> {
            lists.send(on);
            return mailboxes.ofMember(memberId).getFirst().id();
        });
    }

    private ProviderMailbox row(long memberId, LocalDate activated) {
        return new ProviderMailbox(members.get(memberId).fiscalCode(), "x" + memberId + "@pec.omceo.it", activated, activated.plusMonths(36), false);
    }
}
