package it.albopec.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.albopec.convention.Payer;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The small read API of renewal costs for other modules (the member's self-service page, the member's detail page):
 * one member's next charge. Scoped to the signed-in user's Order; the caller passes the member it may show (a MEMBER
 * only their own).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF_OR_MEMBER)
public class MemberCosts {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberCosts(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The oldest charge still due, else the next forecast; empty when the member has neither. */
    public Optional<NextCharge> nextCharge(long memberId) {
        if (currentUser.hasRole(AppRoles.MEMBER) && currentUser.requireMemberId() != memberId) {
            throw new it.albopec.base.NotFoundException(); // a member reads only their own charges, like any other record of theirs
        }
        LocalDate today = LocalDate.now(clock);
        List<NextCharge> next = jdbc.query("SELECT payer, amount, currency, due_on, period_start, period_end, state FROM finance_charge "
                        + "WHERE member_id = ? AND order_id = ? AND state IN ('DUE', 'FORECAST') "
                        + "ORDER BY state = 'FORECAST', due_on LIMIT 1",
                (rs, n) -> {
                    ChargeState state = ChargeState.valueOf(rs.getString(7));
                    LocalDate dueOn = rs.getDate(4).toLocalDate();
                    return new NextCharge(Payer.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getString(3), dueOn,
                            rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), state, ChargeRules.overdue(state, dueOn, today));
                }, memberId, currentUser.requireOrderId());
        return next.stream().findFirst();
    }

}
