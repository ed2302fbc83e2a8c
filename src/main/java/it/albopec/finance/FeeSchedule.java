package it.albopec.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.ServiceException;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee of each convention over time. Prato's and Foggia's instructions give no fee: the Order's ADMIN or FINANCE
 * sets it, with the day it applies from. A change never rewrites a charge that is due, paid or waived: it prices the
 * forecasts from that day on, and the charges that had no amount yet.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class FeeSchedule {

    static final String AUDIT_TYPE = "convention-fee";
    private static final BigDecimal MAX_FEE = new BigDecimal("99999999.99");

    private final JdbcTemplate jdbc;
    private final ConventionService conventions;
    private final ChargeLedger ledger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    FeeSchedule(JdbcTemplate jdbc, ConventionService conventions, ChargeLedger ledger, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.conventions = conventions;
        this.ledger = ledger;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The fees set for a convention of the Order, newest first. */
    public List<FeeChange> history(long conventionId) {
        ConventionDetails convention = conventions.get(conventionId);
        return jdbc.query("SELECT valid_from, fee, set_by, set_at FROM finance_fee WHERE convention_id = ? AND order_id = ? ORDER BY valid_from DESC",
                (rs, n) -> new FeeChange(conventionId, rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), convention.id(), currentUser.requireOrderId());
    }

    /**
     * Sets the fee of one term from a day on (the same day again replaces that day's fee).
     *
     * @return how many forecasts or charges without an amount took the fee
     */
    @Transactional
    public int setFee(long conventionId, java.time.LocalDate validFrom, BigDecimal fee) {
        ConventionDetails convention = conventions.get(conventionId);
        long orderId = currentUser.requireOrderId();
        if (validFrom == null) {
            throw new ServiceException("finance.error.validFromRequired");
        }
        if (fee == null || fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0) {
            throw new ServiceException("finance.error.feeInvalid");
        }
        if (fee.stripTrailingZeros().scale() > 2) {
            throw new ServiceException("finance.error.feeCents");
        }
        BigDecimal before = jdbc.query("SELECT fee FROM finance_fee WHERE convention_id = ? AND valid_from = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, conventionId, Date.valueOf(validFrom));
        jdbc.update("INSERT INTO finance_fee (order_id, convention_id, valid_from, fee, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE fee = VALUES(fee), set_by = VALUES(set_by), set_at = VALUES(set_at)",
                orderId, convention.id(), Date.valueOf(validFrom), fee.setScale(2), currentUser.usernameOrSystem(), Timestamp.from(clock.instant()));
        audit.record(orderId, AUDIT_TYPE, convention.id(), "fee-set", convention.code() + " from " + validFrom,
                FieldChange.builder().compare("fee from " + validFrom, before, fee.setScale(2)).build());
        return ledger.applyFee(convention.id(), validFrom);
    }
}
