package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import it.albopec.convention.PaymentMethod;
import it.albopec.mailbox.MailboxCommand;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Which mailboxes will likely lapse at their next renewal, when, and the money at stake (Bolzano: 17.08 EUR a term). */
@AlboPecTest
class LapseRiskTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired FinanceFixtures fixtures;
    @Autowired ChargeService charges;
    @Autowired SignIn signIn;
    @Autowired TestClock.MutableClock clock;

    @BeforeEach
    void fixToday() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void aPaymentWithoutAutomaticRenewalLapsesAtExpiryWithTheNextFeeAtStake() {
        LocalDate activated = TODAY.minusDays(10);
        long mailbox = fixtures.activeMailbox("admin.bz", "Bollettino", TODAY, activated, PaymentMethod.BOLLETTINO, null);
        LapseRisk risk = riskOf(mailbox).orElseThrow();
        assertThat(risk.reasons()).containsExactly(LapseRisk.Reason.NO_AUTOMATIC_RENEWAL);
        assertThat(risk.lapsesOn()).isEqualTo(activated.plusMonths(36));
        assertThat(risk.atStake()).isEqualByComparingTo("17.08");
    }

    @Test
    void aCardExpiringBeforeTheRenewalPutsTheMailboxAtRiskAndOneValidBeyondDoesNot() {
        long expiring = fixtures.activeMailbox("admin.bz", "Cartascade", TODAY, TODAY.minusDays(5), PaymentMethod.CARD, YearMonth.of(2027, 1));
        long valid = fixtures.activeMailbox("admin.bz", "Cartavalida", TODAY, TODAY.minusDays(5), PaymentMethod.CARD, YearMonth.of(2035, 1));
        assertThat(riskOf(expiring).orElseThrow().reasons()).containsExactly(LapseRisk.Reason.CARD_EXPIRES);
        assertThat(riskOf(valid)).isEmpty();
    }

    @Test
    void anOverdueChargeIsAtStakeWithTheNextFee() {
        LocalDate activated = TODAY.minusMonths(36).minusDays(40);
        long mailbox = fixtures.activeMailbox("admin.bz", "Moroso", TODAY, activated, PaymentMethod.CARD, YearMonth.of(2035, 1));
        fixtures.apply("admin.bz", mailbox, new MailboxCommand.Renewal(TODAY)); // the new term started 40 days ago: due 10 days ago

        LapseRisk risk = riskOf(mailbox).orElseThrow();
        assertThat(risk.reasons()).containsExactly(LapseRisk.Reason.UNPAID);
        assertThat(risk.unpaid()).isEqualByComparingTo("17.08");
        assertThat(risk.atStake()).isEqualByComparingTo("34.16");

        // paid: no longer at risk
        signIn.as("finance.bz");
        ChargeRow due = fixtures.chargesOf("finance.bz", mailbox).stream().filter(c -> c.state() == ChargeState.DUE).findFirst().orElseThrow();
        charges.settle(due.id(), due.version(), new Settlement.Paid(TODAY, "Bonifico 77"));
        assertThat(riskOf(mailbox)).isEmpty();
    }

    @Test
    void theTotalAtStakeIsTheSumOfTheRows() {
        fixtures.activeMailbox("admin.bz", "Somma", TODAY, TODAY.minusDays(3), PaymentMethod.BANK_TRANSFER, null);
        signIn.as("finance.bz");
        var rows = charges.lapseRisks(PageRequest.of(0, 100_000));
        var totals = charges.lapseRiskTotals();
        assertThat(totals.count()).isEqualTo(rows.size());
        assertThat(totals.amount()).isEqualByComparingTo(rows.stream().map(LapseRisk::atStake).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    }

    private Optional<LapseRisk> riskOf(long mailboxId) {
        signIn.as("finance.bz");
        return charges.lapseRisks(PageRequest.of(0, 100_000)).stream().filter(r -> r.mailboxId() == mailboxId).findFirst();
    }
}
