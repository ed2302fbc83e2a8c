package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import it.albopec.convention.ConventionService;
import it.albopec.convention.PaymentMethod;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The budget per fiscal year against totals computed by hand: three new mailboxes change each year's figures by
 * exactly what their fees and due dates say (a fee counts in full in the year it falls due, 30 days after its term
 * starts; the forecast term repeats every 36 months).
 */
@AlboPecTest
class BudgetTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired FinanceFixtures fixtures;
    @Autowired ChargeService charges;
    @Autowired FeeSchedule fees;
    @Autowired ConventionService conventions;
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
    void eachYearsCostByPayerIsWhatTheFeesAndDueDatesGiveByHand() {
        signIn.as("finance.po");
        long prato = conventions.activeConventionOfCurrentOrder().orElseThrow().id();
        fees.setFee(prato, LocalDate.of(2026, 6, 1), new BigDecimal("20.00"));
        var pratoBefore = charges.budget();
        signIn.as("finance.bz");
        var bolzanoBefore = charges.budget();
        assertThat(bolzanoBefore).extracting(BudgetYear::year).containsExactly(2026, 2027, 2028, 2029);

        // Bolzano, 17.08 EUR per 36 months paid by the member:
        // A activated 2025-03-10 (paid, due 2025-04-09: before 2026), forecast from 2028-03-10, due 2028-04-09 -> 2028
        fixtures.activeMailbox("admin.bz", "Budget", TODAY, LocalDate.of(2025, 3, 10), PaymentMethod.CARD, YearMonth.of(2032, 1));
        // B activated 2026-01-05 (paid, due 2026-02-04 -> 2026), forecast from 2029-01-05, due 2029-02-04 -> 2029
        fixtures.activeMailbox("admin.bz", "Bilancio", TODAY, LocalDate.of(2026, 1, 5), PaymentMethod.CARD, YearMonth.of(2032, 1));
        // Prato, 20.00 EUR from 2026-06-01 paid by the Order: C activated 2026-06-10, due 2026-07-10 -> 2026; forecast
        // from 2029-06-10, due 2029-07-10 -> 2029
        fixtures.activeMailbox("admin.po", "Haushalt", TODAY, LocalDate.of(2026, 6, 10), null, null);

        signIn.as("finance.bz");
        var bolzano = delta(bolzanoBefore, charges.budget());
        signIn.as("finance.po");
        var pratoDelta = delta(pratoBefore, charges.budget());

        // by hand: members of Bolzano 2026: 17.08 charged; 2027: nothing; 2028: 17.08 forecast; 2029: 17.08 forecast
        assertThat(bolzano.get(0)).isEqualTo(new BigDecimal[] {zero(), zero(), new BigDecimal("17.08"), zero()});
        assertThat(bolzano.get(1)).isEqualTo(new BigDecimal[] {zero(), zero(), zero(), zero()});
        assertThat(bolzano.get(2)).isEqualTo(new BigDecimal[] {zero(), zero(), zero(), new BigDecimal("17.08")});
        assertThat(bolzano.get(3)).isEqualTo(new BigDecimal[] {zero(), zero(), zero(), new BigDecimal("17.08")});
        // the Order of Prato: 2026: 20.00 charged to its own budget; 2029: 20.00 forecast
        assertThat(pratoDelta.get(0)).isEqualTo(new BigDecimal[] {new BigDecimal("20.00"), zero(), zero(), zero()});
        assertThat(pratoDelta.get(1)).isEqualTo(new BigDecimal[] {zero(), zero(), zero(), zero()});
        assertThat(pratoDelta.get(2)).isEqualTo(new BigDecimal[] {zero(), zero(), zero(), zero()});
        assertThat(pratoDelta.get(3)).isEqualTo(new BigDecimal[] {zero(), new BigDecimal("20.00"), zero(), zero()});
        // four years together: 3 x 17.08 + 2 x 20.00 = 91.24
        BigDecimal all = List.of(bolzano, pratoDelta).stream().flatMap(List::stream).flatMap(java.util.Arrays::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(all).isEqualByComparingTo("91.24");
    }

    @Test
    void aForecastTermRepeatsEveryTermUntilTheLastYearShown() {
        signIn.as("finance.bz");
        var before = charges.budget();
        // a 36-month term forecast to fall due in 2026 (activated 2023-07-01: forecast from 2026-07-01, due 2026-07-31)
        // falls due again in 2029
        fixtures.activeMailbox("admin.bz", "Ripetuto", TODAY, LocalDate.of(2023, 7, 1), PaymentMethod.CARD, YearMonth.of(2032, 1));
        signIn.as("finance.bz");
        var delta = delta(before, charges.budget());
        assertThat(delta.get(0)[3]).isEqualByComparingTo("17.08");
        assertThat(delta.get(3)[3]).isEqualByComparingTo("17.08");
        assertThat(delta.get(1)[3]).isEqualByComparingTo("0");
    }

    /** Per year: the Order's charged and forecast, the members' charged and forecast, after minus before. */
    private static List<BigDecimal[]> delta(List<BudgetYear> before, List<BudgetYear> after) {
        return java.util.stream.IntStream.range(0, after.size()).mapToObj(i -> new BigDecimal[] {
                after.get(i).orderCharged().subtract(before.get(i).orderCharged()).setScale(2),
                after.get(i).orderForecast().subtract(before.get(i).orderForecast()).setScale(2),
                after.get(i).memberCharged().subtract(before.get(i).memberCharged()).setScale(2),
                after.get(i).memberForecast().subtract(before.get(i).memberForecast()).setScale(2)}).toList();
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }
}
