package it.albopec.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.NotFoundException;
import it.albopec.finance.ui.CostsView;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The costs page as FINANCE and ADMIN use it, and what FINANCE of one Order can never reach of another's. */
class CostsViewTest extends UiTest {

    @Autowired ChargeService charges;
    @Autowired MemberCosts memberCosts;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    @WithUserDetails("finance.bz")
    void financeMarksManySelectedChargesPaidAndReadsTheOutcomeRowByRow() {
        CostsView view = navigate(CostsView.class);
        @SuppressWarnings("unchecked")
        Grid<ChargeRow> grid = $(Grid.class).first();
        List<ChargeRow> due = charges.find(ChargeFilter.empty().withState(ChargeState.DUE), PageRequest.of(0, 2));
        List<ChargeRow> paid = charges.find(ChargeFilter.empty().withState(ChargeState.PAID), PageRequest.of(0, 1));
        assertThat(due).as("the demo data has due charges in Bolzano").hasSize(2);
        assertThat(paid).hasSize(1);
        due.forEach(grid::select);
        paid.forEach(grid::select);

        test($(Button.class).withClassName("mark-paid").first()).click();
        $(TextField.class).withCaption(view.getTranslation("finance.settle.reference")).first().setValue("Bonifico 2026/118");
        test($(Button.class).withClassName("settle-save").first()).click();

        var outcome = $(ConfirmDialog.class).first();
        assertThat(outcome.getElement().getOuterHTML()).contains("registrato").contains("Solo un addebito da pagare");
        for (ChargeRow row : due) {
            ChargeRow after = charges.get(row.id());
            assertThat(after.state()).isEqualTo(ChargeState.PAID);
            assertThat(after.paymentReference()).isEqualTo("Bonifico 2026/118");
        }
        assertThat(charges.get(paid.getFirst().id()).paidOn()).as("the paid one is untouched").isEqualTo(paid.getFirst().paidOn());
        Long audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'charge' AND entity_id = ? AND action = 'paid'",
                Long.class, due.getFirst().id());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    @WithUserDetails("finance.po")
    void theFilteredTotalIsTheSumOfTheFilteredRows() {
        var filter = ChargeFilter.empty().withState(ChargeState.FORECAST);
        BigDecimal sum = charges.find(filter, PageRequest.of(0, 100_000)).stream().map(ChargeRow::amount)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        ChargeTotals totals = charges.totals(filter);
        assertThat(totals.amount()).isEqualByComparingTo(sum);
        assertThat(totals.count()).isEqualTo(charges.count(filter)).isPositive();
        int year = LocalDate.now().getYear() + 1;
        assertThat(charges.find(ChargeFilter.empty().withFiscalYear(year), PageRequest.of(0, 100_000)))
                .allMatch(c -> c.dueOn().getYear() == year);
        assertThat(charges.find(ChargeFilter.empty().withOverdue(true), PageRequest.of(0, 100_000)))
                .allMatch(ChargeRow::overdue);
    }

    @Test
    @WithUserDetails("admin.po")
    void adminReadsTheChargesButCannotSettleThem() {
        navigate(CostsView.class);
        assertThat($(Button.class).withClassName("mark-paid").exists()).isFalse();
        long id = charges.find(ChargeFilter.empty().withState(ChargeState.DUE), PageRequest.of(0, 1)).getFirst().id();
        assertThatThrownBy(() -> charges.settle(id, 0, new Settlement.Paid(LocalDate.now(), "x"))).isInstanceOf(AccessDeniedException.class);
    }

    private int gridSizeAt(long mailboxId) {
        com.vaadin.flow.component.UI.getCurrent().navigate(CostsView.class,
                com.vaadin.flow.router.QueryParameters.of("mailbox", String.valueOf(mailboxId)));
        @SuppressWarnings("unchecked")
        Grid<ChargeRow> grid = $(Grid.class).first();
        return test(grid).size();
    }

    @Test
    @WithUserDetails("finance.po")
    void financeOfOneOrderReachesNoChargeOfAnotherByServiceOrAddress() {
        long foggiaCharge = jdbc.queryForObject("SELECT MIN(ch.id) FROM finance_charge ch JOIN medical_order o ON o.id = ch.order_id "
                + "WHERE o.province_code = 'FG'", Long.class);
        long foggiaMailbox = jdbc.queryForObject("SELECT mailbox_id FROM finance_charge WHERE id = ?", Long.class, foggiaCharge);
        long foggiaMember = jdbc.queryForObject("SELECT member_id FROM finance_charge WHERE id = ?", Long.class, foggiaCharge);
        long foggiaConvention = jdbc.queryForObject("SELECT convention_id FROM finance_charge WHERE id = ?", Long.class, foggiaCharge);

        assertThatThrownBy(() -> charges.get(foggiaCharge)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> charges.settle(foggiaCharge, 0, new Settlement.Paid(LocalDate.now(), "x"))).isInstanceOf(NotFoundException.class);
        var outcome = charges.settleMany(List.of(new ChargeService.Target(foggiaCharge, 0, "x")), new Settlement.Waived("x"));
        assertThat(outcome.refused()).singleElement().extracting(SettlementOutcome.Row::messageKey).isEqualTo("base.error.notFound");
        assertThat(charges.count(ChargeFilter.empty().withConvention(foggiaConvention))).isZero();
        assertThat(charges.count(ChargeFilter.empty().withMailbox(foggiaMailbox))).isZero();
        assertThat(memberCosts.nextCharge(foggiaMember)).isEmpty();
        assertThat(charges.find(ChargeFilter.empty(), PageRequest.of(0, 100_000))).noneMatch(c -> c.id() == foggiaCharge);

        // the address of Foggia's mailbox's costs shows nothing
        long pratoMailbox = charges.find(ChargeFilter.empty(), PageRequest.of(0, 1)).getFirst().mailboxId();
        assertThat(gridSizeAt(pratoMailbox)).as("Prato's own mailbox's costs are shown").isPositive();
        assertThat(gridSizeAt(foggiaMailbox)).isZero();
    }
}
