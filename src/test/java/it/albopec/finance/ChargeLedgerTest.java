package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import it.albopec.convention.ConventionService;
import it.albopec.convention.Payer;
import it.albopec.convention.PaymentMethod;
import it.albopec.mailbox.MailboxCommand;
import it.albopec.mailbox.MailboxLifecycleJob;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Charges follow the mailbox: activation, renewal, a fee change, deactivation and expiry. */
@AlboPecTest
class ChargeLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final BigDecimal BOLZANO_FEE = new BigDecimal("17.08");

    @Autowired FinanceFixtures fixtures;
    @Autowired FeeSchedule fees;
    @Autowired ConventionService conventions;
    @Autowired MailboxLifecycleJob job;
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
    void activationCreatesTheTermsChargeAndForecastsTheNextTerm() {
        LocalDate activated = TODAY.minusDays(10);
        long mailbox = fixtures.activeMailbox("admin.bz", "Attivo", TODAY, activated, PaymentMethod.BANK_TRANSFER, null);

        var charges = fixtures.chargesOf("finance.bz", mailbox);

        assertThat(charges).hasSize(2);
        ChargeRow term = charges.get(0);
        assertThat(term.periodStart()).isEqualTo(activated);
        assertThat(term.periodEnd()).isEqualTo(activated.plusMonths(36));
        assertThat(term.amount()).isEqualByComparingTo(BOLZANO_FEE);
        assertThat(term.payer()).isEqualTo(Payer.MEMBER);
        assertThat(term.state()).as("the bank transfer was received before the activation (Bolzano)").isEqualTo(ChargeState.PAID);
        assertThat(term.paidOn()).isEqualTo(activated);
        ChargeRow next = charges.get(1);
        assertThat(next.state()).isEqualTo(ChargeState.FORECAST);
        assertThat(next.periodStart()).isEqualTo(activated.plusMonths(36));
        assertThat(next.dueOn()).isEqualTo(activated.plusMonths(36).plusDays(ChargeRules.PAYMENT_TERM_DAYS));
        assertThat(next.amount()).isEqualByComparingTo(BOLZANO_FEE);
    }

    @Test
    void aMailboxTheOrderPaysForOwesItsFeeOnActivation() {
        long prato = conventions(("admin.po"));
        fees.setFee(prato, LocalDate.of(2020, 1, 1), new BigDecimal("15.50"));
        long mailbox = fixtures.activeMailbox("admin.po", "Pagato", TODAY, TODAY.minusDays(40), null, null);

        ChargeRow term = fixtures.chargesOf("finance.po", mailbox).getFirst();

        assertThat(term.payer()).isEqualTo(Payer.ORDER);
        assertThat(term.state()).isEqualTo(ChargeState.DUE);
        assertThat(term.amount()).isEqualByComparingTo("15.50");
        assertThat(term.overdue()).as("due 30 days after the term started, 40 days ago").isTrue();
    }

    @Test
    void renewalTurnsTheForecastIntoADueChargeAndForecastsTheTermAfter() {
        LocalDate activated = TODAY.minusMonths(35);
        long mailbox = fixtures.activeMailbox("admin.bz", "Rinnovo", TODAY, activated, PaymentMethod.BOLLETTINO, null);
        LocalDate renewalDay = activated.plusMonths(36);

        fixtures.apply("admin.bz", mailbox, new MailboxCommand.Renewal(TODAY));

        var charges = fixtures.chargesOf("finance.bz", mailbox);
        assertThat(charges).extracting(ChargeRow::periodStart).containsExactly(activated, renewalDay, renewalDay.plusMonths(36));
        assertThat(charges).extracting(ChargeRow::state).containsExactly(ChargeState.PAID, ChargeState.DUE, ChargeState.FORECAST);
        assertThat(charges.get(1).amount()).isEqualByComparingTo(BOLZANO_FEE);
    }

    @Test
    void aNewFeeRewritesNoChargeAlreadyDueOrPaidButPricesTheForecasts() {
        long mailbox = fixtures.activeMailbox("admin.bz", "Tariffa", TODAY, TODAY.minusMonths(2), PaymentMethod.CARD, YearMonth.of(2031, 12));
        long bolzano = conventions("admin.bz");
        var before = fixtures.chargesOf("finance.bz", mailbox);
        assertThat(before).extracting(ChargeRow::state).containsExactly(ChargeState.PAID, ChargeState.FORECAST);

        signIn.as("finance.bz");
        fees.setFee(bolzano, TODAY.minusMonths(6), new BigDecimal("19.90"));

        var after = fixtures.chargesOf("finance.bz", mailbox);
        assertThat(after.get(0).amount()).as("the paid term keeps its amount").isEqualByComparingTo(BOLZANO_FEE);
        assertThat(after.get(1).amount()).as("the forecast takes the fee in force when it starts").isEqualByComparingTo("19.90");
        signIn.as("finance.bz");
        assertThat(fees.history(bolzano)).extracting(FeeChange::fee).contains(new BigDecimal("19.90"));
        // a later mailbox is charged the new fee
        long later = fixtures.activeMailbox("admin.bz", "Nuova", TODAY, TODAY.minusDays(1), PaymentMethod.CARD, YearMonth.of(2031, 12));
        assertThat(fixtures.chargesOf("finance.bz", later).getFirst().amount()).isEqualByComparingTo("19.90");
        // back to the convention's fee for the other tests
        signIn.as("finance.bz");
        fees.setFee(bolzano, TODAY.minusMonths(6), BOLZANO_FEE);
    }

    @Test
    void deactivationCancelsTheForecastAndKeepsTheTermsCharge() {
        long prato = conventions("admin.po");
        fees.setFee(prato, LocalDate.of(2020, 1, 1), new BigDecimal("15.50"));
        long mailbox = fixtures.activeMailbox("admin.po", "Cancellato", TODAY, TODAY.minusDays(5), null, null);

        fixtures.apply("admin.po", mailbox, new MailboxCommand.Deactivation(TODAY, "cancellazione dall'albo"));

        var charges = fixtures.chargesOf("finance.po", mailbox);
        assertThat(charges).extracting(ChargeRow::state).containsExactly(ChargeState.DUE, ChargeState.CANCELLED);
        assertThat(charges.get(1).note()).isEqualTo("MAILBOX_DEACTIVATED");
    }

    @Test
    void theDailyJobExpiringAMailboxCancelsItsForecast() {
        LocalDate activated = TODAY.minusMonths(36).minusDays(3);
        long mailbox = fixtures.activeMailbox("admin.bz", "Scaduto", TODAY, activated, PaymentMethod.BOLLETTINO, null);
        // the mailbox module moves it by date in the night: until then it is a working mailbox
        assertThat(fixtures.chargesOf("finance.bz", mailbox)).extracting(ChargeRow::state).containsExactly(ChargeState.PAID, ChargeState.FORECAST);

        LocalDate activated2 = TODAY.minusMonths(36).plusDays(3);
        long expiring = fixtures.activeMailbox("admin.bz", "Scadente", TODAY, activated2, PaymentMethod.BOLLETTINO, null);
        assertThat(fixtures.chargesOf("finance.bz", expiring)).extracting(ChargeRow::state).containsExactly(ChargeState.PAID, ChargeState.FORECAST);

        clock.setToday(TODAY.plusDays(4));
        job.run(TODAY.plusDays(4));

        assertThat(fixtures.chargesOf("finance.bz", expiring)).extracting(ChargeRow::state)
                .containsExactly(ChargeState.PAID, ChargeState.CANCELLED);
        assertThat(fixtures.chargesOf("finance.bz", mailbox)).extracting(ChargeRow::state)
                .containsExactly(ChargeState.PAID, ChargeState.CANCELLED);
    }

    private long conventions(String admin) {
        signIn.as(admin);
        return conventions.activeConventionOfCurrentOrder().orElseThrow().id();
    }
}
