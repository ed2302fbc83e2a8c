package it.albopec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import it.albopec.selfservice.SelfServiceFixtures;
import it.albopec.selfservice.SelfServiceFixtures.TestMember;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.TestClock.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily reminders on the right day with a moved clock, once per event however often the job runs, in the member's
 * language; and the ADMIN's summary once a day.
 */
@AlboPecTest
class RemindersTest {

    @Autowired Reminders reminders;
    @Autowired SelfServiceFixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMailboxThatDoesNotRenewItselfIsRemindedSixtyAndFifteenDaysBeforeExpiryOnce() {
        LocalDate expiry = LocalDate.now().plusYears(1);
        TestMember m = fixtures.memberWithAccount("admin.bz", "Erinnerung", "de");
        long box = fixtures.mailbox(m, "ACTIVE", expiry.minusYears(3), expiry, false, null, false);

        runOn(expiry.minusDays(61));
        assertThat(reminders(box)).isEmpty();
        runOn(expiry.minusDays(60));
        runOn(expiry.minusDays(60));
        runOn(expiry.minusDays(59));
        assertThat(reminders(box)).containsExactly("REMINDER_EXPIRING_60");
        runOn(expiry.minusDays(16));
        assertThat(reminders(box)).containsExactly("REMINDER_EXPIRING_60");
        runOn(expiry.minusDays(15));
        runOn(expiry.minusDays(14));
        assertThat(reminders(box)).containsExactly("REMINDER_EXPIRING_60", "REMINDER_EXPIRING_15");

        Map<String, Object> mail = jdbc.queryForMap("SELECT recipient, language, subject, body FROM outbox_message "
                + "WHERE dedup_key LIKE ? AND kind = 'REMINDER_EXPIRING_15'", "reminder:%:mailbox:" + box + ":%");
        assertThat(mail.get("recipient")).isEqualTo(m.email());
        assertThat(mail.get("language")).isEqualTo("de");
        assertThat((String) mail.get("subject")).startsWith("Letzte Tage: Ihre PEC läuft am ");
        assertThat((String) mail.get("body")).contains("in 15 Tagen").contains("/me");
    }

    @Test
    void anAutomaticRenewalIsNotRemindedButACardThatExpiresBeforeItIs() {
        LocalDate expiry = LocalDate.now().plusYears(1);
        TestMember fine = fixtures.memberWithAccount("admin.fg", "Rinnovo", "it");
        long renewing = fixtures.mailbox(fine, "ACTIVE", expiry.minusYears(3), expiry, true, YearMonth.from(expiry.plusYears(2)), false);
        TestMember card = fixtures.memberWithAccount("admin.fg", "Cartaccia", "it");
        long lapsing = fixtures.mailbox(card, "ACTIVE", expiry.minusYears(3), expiry, true, YearMonth.from(expiry.minusMonths(2)), false);

        runOn(expiry.minusDays(61));
        assertThat(reminders(lapsing)).isEmpty();
        runOn(expiry.minusDays(60));
        runOn(expiry.minusDays(15));
        assertThat(reminders(renewing)).isEmpty();
        assertThat(reminders(lapsing)).containsExactly("REMINDER_CARD");
        assertThat(jdbc.queryForObject("SELECT subject FROM outbox_message WHERE kind = 'REMINDER_CARD' AND dedup_key LIKE ?", String.class,
                "reminder:%:mailbox:" + lapsing + ":%")).startsWith("La carta per il rinnovo della sua PEC scade prima del ");
    }

    @Test
    void anExpiredMailboxIsRemindedOnceWithItsLastRenewalDay() {
        LocalDate expired = LocalDate.now().minusDays(3);
        TestMember m = fixtures.memberWithAccount("admin.po", "Scaduto", "en");
        long box = fixtures.mailbox(m, "EXPIRED", expired.minusYears(3), expired, false, null, false);
        runOn(LocalDate.now());
        runOn(LocalDate.now().plusDays(1));
        assertThat(reminders(box)).containsExactly("REMINDER_EXPIRED");
        assertThat(jdbc.queryForObject("SELECT subject FROM outbox_message WHERE kind = 'REMINDER_EXPIRED' AND dedup_key LIKE ?", String.class,
                "reminder:%:mailbox:" + box + ":%")).startsWith("Your PEC has expired: renew it by ");
    }

    @Test
    void pratosMissingTestMessageIsRemindedFifteenDaysAfterActivation() {
        LocalDate activated = LocalDate.now().minusDays(5);
        TestMember m = fixtures.memberWithAccount("admin.po", "Prova", "it");
        long box = fixtures.mailbox(m, "ACTIVE", activated, activated.plusYears(3), true, null, true);
        runOn(activated.plusDays(14));
        assertThat(reminders(box)).isEmpty();
        runOn(activated.plusDays(15));
        runOn(activated.plusDays(16));
        assertThat(reminders(box)).containsExactly("REMINDER_TEST_MESSAGE");
    }

    @Test
    void awaitingDocumentsIsRemindedOnce() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Documenti", "it");
        long box = fixtures.mailbox(m, "AWAITING_DOCUMENTS", LocalDate.now().minusDays(1), LocalDate.now().plusYears(3), false, null, false);
        runOn(LocalDate.now());
        runOn(LocalDate.now().plusDays(1));
        assertThat(reminders(box)).containsExactly("REMINDER_DOCUMENTS");
    }

    @Test
    void theAdminGetsOneSummaryADay() {
        long admin = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin.bz'", Long.class);
        jdbc.update("UPDATE app_user SET email = 'segreteria.bz@example.org' WHERE id = ?", admin);
        try {
            LocalDate day = LocalDate.now().plusDays(400);
            runOn(day);
            runOn(day);
            runOn(day.plusDays(1));
            List<String> subjects = jdbc.queryForList("SELECT subject FROM outbox_message WHERE kind = 'SUMMARY' AND dedup_key LIKE ? "
                    + "ORDER BY id", String.class, "summary:%:user:" + admin + ":%");
            assertThat(subjects).hasSize(2);
            assertThat(subjects.getFirst()).contains("riepilogo PEC");
        } finally {
            jdbc.update("UPDATE app_user SET email = NULL WHERE id = ?", admin);
        }
    }

    private void runOn(LocalDate day) {
        clock.setToday(day);
        reminders.run(LocalDate.now(clock));
    }

    private List<String> reminders(long mailboxId) {
        return jdbc.queryForList("SELECT kind FROM outbox_message WHERE dedup_key LIKE ? ORDER BY id", String.class,
                "reminder:%:mailbox:" + mailboxId + ":%");
    }
}
