package it.albopec.compliance;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A valid PEC arrived for a member (the mailbox became active, or a valid address was recorded): their open case,
 * whatever its step, is closed now, in the transaction that recorded the PEC. Not a service: it runs for whoever made
 * the PEC valid (the secretariat, the provider's list, a job), and reads nothing but the member's own case.
 */
@Component
class CaseClosing {

    private static final Logger log = LoggerFactory.getLogger(CaseClosing.class);

    private final ComplianceCaseRepository cases;
    private final CaseHistory history;

    CaseClosing(ComplianceCaseRepository cases, CaseHistory history) {
        this.cases = cases;
        this.history = history;
    }

    @Transactional
    boolean close(long orderId, long memberId, LocalDate on, String note, String username) {
        var open = cases.findFirstByMemberIdAndStepNot(memberId, CaseStep.CLOSED).filter(c -> c.getOrderId() == orderId);
        if (open.isEmpty()) {
            return false;
        }
        ComplianceCase c = open.get();
        var move = c.close(on, note);
        cases.saveAndFlush(c);
        history.record(c, move, username);
        log.info("Compliance case {} closed by {}: {}", c.getId(), username, note);
        return true;
    }
}
