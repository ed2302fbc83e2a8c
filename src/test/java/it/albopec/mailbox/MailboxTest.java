package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import it.albopec.base.ServiceException;
import it.albopec.convention.PaymentMethod;
import org.junit.jupiter.api.Test;

/** The lifecycle of one mailbox, step by step, without a database. */
class MailboxTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final ConventionTerms PRATO = new ConventionTerms(1, 36, true, false, true, true, 90);
    static final ConventionTerms FOGGIA = new ConventionTerms(2, 36, false, true, false, false, 0);
    static final ConventionTerms BOLZANO = new ConventionTerms(3, 36, false, false, false, false, 90);

    static Mailbox eligible(ConventionTerms terms) {
        return Mailbox.eligible(1, 10, terms, DAY.minusDays(10));
    }

    @Test
    void pratoPaidByTheOrderIsRequestedThenActivatedForThirtySixMonths() {
        Mailbox mailbox = eligible(PRATO);
        mailbox.request(DAY, null, true, null, "mario.rossi@pec.omceo.it", "1234567@aruba.it", null);
        assertThat(mailbox.getState()).isEqualTo(MailboxState.REQUESTED);
        var t = mailbox.recordActivation(DAY.plusDays(1), null, null);
        assertThat(t.from()).isEqualTo(MailboxState.REQUESTED);
        assertThat(t.to()).isEqualTo(MailboxState.ACTIVE);
        assertThat(mailbox.getExpiresOn()).isEqualTo(DAY.plusDays(1).plusMonths(36));
    }

    @Test
    void bolzanoBollettinoWaitsForThePaymentBeforeActivation() {
        Mailbox mailbox = eligible(BOLZANO);
        mailbox.request(DAY, PaymentMethod.BOLLETTINO, false, null, null, null, null);
        assertThat(mailbox.getState()).isEqualTo(MailboxState.AWAITING_PAYMENT);
        assertThatThrownBy(() -> mailbox.recordActivation(DAY, null, null))
                .isInstanceOf(ServiceException.class).hasMessageContaining("mailbox.error.paymentMissing");
        mailbox.paymentReceived(DAY.plusDays(3));
        assertThat(mailbox.getState()).isEqualTo(MailboxState.ACTIVE);
        assertThat(mailbox.toDetails().activatedOn()).isEqualTo(DAY.plusDays(3));
    }

    @Test
    void foggiaNeedsTheSignedFormAndIdentityDocumentBeforeTheFinalActivation() {
        Mailbox mailbox = eligible(FOGGIA);
        mailbox.request(DAY, PaymentMethod.CARD, true, YearMonth.of(2031, 1), null, null, null);
        assertThat(mailbox.getState()).isEqualTo(MailboxState.AWAITING_DOCUMENTS);
        assertThatThrownBy(() -> mailbox.recordActivation(DAY, null, null))
                .isInstanceOf(ServiceException.class).hasMessageContaining("mailbox.error.documentsMissing");
        // "in genere 2/3 gg lavorativi" after the fax: waiting for the provider's activation, with the expected day
        mailbox.documentsReceived(DAY.plusDays(2), DAY.plusDays(7));
        assertThat(mailbox.getState()).isEqualTo(MailboxState.REQUESTED);
        assertThat(mailbox.toDetails().activationExpectedOn()).isEqualTo(DAY.plusDays(7));
        assertThat(mailbox.toDetails().activationOverdue(DAY.plusDays(7))).isFalse();
        assertThat(mailbox.toDetails().activationOverdue(DAY.plusDays(8))).isTrue();
        mailbox.recordActivation(DAY.plusDays(5), null, null);
        assertThat(mailbox.getState()).isEqualTo(MailboxState.ACTIVE);
        assertThat(mailbox.toDetails().activationExpectedOn()).isNull();
        assertThat(mailbox.toDetails().activationOverdue(DAY.plusDays(30))).isFalse();
    }

    @Test
    void foggiaBankTransferWaitsForPaymentThenDocuments() {
        Mailbox mailbox = eligible(FOGGIA);
        mailbox.request(DAY, PaymentMethod.BANK_TRANSFER, false, null, null, null, null);
        mailbox.paymentReceived(DAY.plusDays(2));
        assertThat(mailbox.getState()).isEqualTo(MailboxState.AWAITING_DOCUMENTS);
        mailbox.documentsReceived(DAY.plusDays(4), DAY.plusDays(7));
        assertThat(mailbox.getState()).isEqualTo(MailboxState.REQUESTED);
        mailbox.recordActivation(DAY.plusDays(6), null, null);
        assertThat(mailbox.getState()).isEqualTo(MailboxState.ACTIVE);
    }

    @Test
    void bolzanoBollettinoShowsTheExpectedActivationAndIsOverdueAfterIt() {
        Mailbox mailbox = eligible(BOLZANO);
        mailbox.request(DAY, PaymentMethod.BOLLETTINO, false, null, null, null, DAY.plusDays(3));
        assertThat(mailbox.toDetails().activationExpectedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(mailbox.toDetails().activationOverdue(DAY.plusDays(4))).isTrue();
        mailbox.paymentReceived(DAY.plusDays(4));
        assertThat(mailbox.toDetails().activationOverdue(DAY.plusDays(4))).isFalse();
    }

    @Test
    void everyPratoMailboxRenewsAutomaticallyFromTheMomentItIsListed() {
        assertThat(eligible(PRATO).toDetails().autoRenewal()).isTrue();
        assertThat(eligible(BOLZANO).toDetails().autoRenewal()).isFalse();
    }

    @Test
    void foggiaExpiredMailboxIsUnrecoverableAtExpiryAndCannotBeRenewed() {
        Mailbox mailbox = active(FOGGIA, DAY.minusMonths(36));
        LocalDate expiry = mailbox.getExpiresOn();
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry, 0)).isEqualTo(MailboxState.DELETED);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry.minusDays(1), 0)).isEqualTo(MailboxState.EXPIRING);
        org.springframework.test.util.ReflectionTestUtils.setField(mailbox, "state", MailboxState.EXPIRED);
        assertThatThrownBy(() -> mailbox.renew(expiry)).isInstanceOf(ServiceException.class).hasMessageContaining("deletedCannotRenew");
        assertThat(mailbox.getExpiresOn()).isEqualTo(expiry);
    }

    @Test
    void illegalStepsAreRefusedAndChangeNothing() {
        Mailbox mailbox = eligible(BOLZANO);
        assertThatThrownBy(() -> mailbox.paymentReceived(DAY)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("illegalTransition");
        assertThatThrownBy(() -> mailbox.testMessageReceived(DAY)).isInstanceOf(ServiceException.class);
        assertThatThrownBy(() -> mailbox.renew(DAY)).isInstanceOf(ServiceException.class);
        assertThatThrownBy(() -> mailbox.documentsReceived(DAY, null)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("documentsNotRequired");
        assertThat(mailbox.getState()).isEqualTo(MailboxState.ELIGIBLE);
    }

    @Test
    void renewalStartsTheNewTermFromTheOldExpiryDate() {
        Mailbox mailbox = active(BOLZANO, DAY.minusMonths(36).plusDays(20));
        LocalDate oldExpiry = mailbox.getExpiresOn();
        mailbox.renew(DAY);
        assertThat(mailbox.getExpiresOn()).isEqualTo(oldExpiry.plusMonths(36));
        assertThat(mailbox.getState()).isEqualTo(MailboxState.ACTIVE);
    }

    @Test
    void anExpiredMailboxCanBeRenewedWithinNinetyDaysFromItsOldExpiry() {
        Mailbox mailbox = active(BOLZANO, DAY.minusMonths(36).minusDays(30));
        LocalDate oldExpiry = mailbox.getExpiresOn();
        assertThat(MailboxLifecycle.stateByDate(oldExpiry, DAY)).isEqualTo(MailboxState.EXPIRED);
        mailbox.renew(DAY);
        assertThat(mailbox.getExpiresOn()).isEqualTo(oldExpiry.plusMonths(36));
    }

    @Test
    void aDeletedMailboxIsUnrecoverable() {
        var deleted = Mailbox.eligible(1, 10, BOLZANO, DAY);
        org.springframework.test.util.ReflectionTestUtils.setField(deleted, "state", MailboxState.DELETED);
        assertThatThrownBy(() -> deleted.renew(DAY)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("deletedCannotRenew");
    }

    @Test
    void theCalendarGivesExpiringNinetyDaysBeforeExpiryAndDeletionNinetyDaysAfter() {
        LocalDate expiry = LocalDate.of(2027, 6, 30);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry.minusDays(91))).isEqualTo(MailboxState.ACTIVE);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry.minusDays(90))).isEqualTo(MailboxState.EXPIRING);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry.minusDays(1))).isEqualTo(MailboxState.EXPIRING);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry)).isEqualTo(MailboxState.EXPIRED);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry.plusDays(89))).isEqualTo(MailboxState.EXPIRED);
        assertThat(MailboxLifecycle.stateByDate(expiry, expiry.plusDays(90))).isEqualTo(MailboxState.DELETED);
    }

    @Test
    void aCardExpiringBeforeTheEndOfTheTermPutsTheMailboxAtRisk() {
        Mailbox mailbox = eligible(BOLZANO);
        mailbox.request(DAY, PaymentMethod.CARD, true, YearMonth.of(2027, 5), null, null, null);
        mailbox.recordActivation(DAY, null, null);
        MailboxDetails details = mailbox.toDetails();
        assertThat(details.atRisk()).isTrue();
        assertThat(details.lapseDate()).contains(DAY.plusMonths(36));

        mailbox.changePayment(PaymentMethod.CARD, true, YearMonth.of(2030, 12));
        assertThat(mailbox.toDetails().atRisk()).as("a new card that outlives the term").isFalse();
    }

    @Test
    void aMethodWithoutAutomaticRenewalPutsTheMailboxAtRisk() {
        Mailbox mailbox = eligible(BOLZANO);
        mailbox.request(DAY, PaymentMethod.BANK_TRANSFER, false, null, null, null, null);
        mailbox.paymentReceived(DAY);
        assertThat(mailbox.toDetails().lapseDate()).contains(DAY.plusMonths(36));

        Mailbox paypal = eligible(BOLZANO);
        paypal.request(DAY, PaymentMethod.PAYPAL, true, null, null, null, null);
        paypal.recordActivation(DAY, null, null);
        assertThat(paypal.toDetails().atRisk()).isFalse();
    }

    @Test
    void pratoTestMessageIsMissingUntilRecorded() {
        Mailbox mailbox = active(PRATO, DAY);
        assertThat(mailbox.toDetails().testMessageMissing()).isTrue();
        mailbox.testMessageReceived(DAY.plusDays(2));
        assertThat(mailbox.toDetails().testMessageMissing()).isFalse();
    }

    @Test
    void deactivationClosesAnOpenMailboxOnceWithItsReason() {
        Mailbox mailbox = active(PRATO, DAY);
        var t = mailbox.deactivate(DAY, "trasferimento all'OMCeO di Firenze");
        assertThat(t.to()).isEqualTo(MailboxState.DEACTIVATED);
        assertThat(t.reason()).contains("Firenze");
        assertThatThrownBy(() -> mailbox.deactivate(DAY, "again")).isInstanceOf(ServiceException.class)
                .hasMessageContaining("alreadyClosed");
    }

    static Mailbox active(ConventionTerms terms, LocalDate activatedOn) {
        Mailbox mailbox = Mailbox.eligible(1, 10, terms, activatedOn.minusDays(5));
        mailbox.request(activatedOn, terms == PRATO ? null : PaymentMethod.BOLLETTINO, terms == PRATO, null, null, null, null);
        if (mailbox.getState() == MailboxState.AWAITING_PAYMENT) {
            mailbox.paymentReceived(activatedOn);
        }
        if (mailbox.getState() == MailboxState.AWAITING_DOCUMENTS) {
            mailbox.documentsReceived(activatedOn, null);
        }
        if (mailbox.getState() == MailboxState.REQUESTED) {
            mailbox.recordActivation(activatedOn, null, null);
        }
        return mailbox;
    }
}
