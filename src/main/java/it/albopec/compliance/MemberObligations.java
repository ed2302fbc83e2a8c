package it.albopec.compliance;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read API for the member's own page ({@code /me}): what the Order requires of the member while their
 * case is open, and by when. The caller (the self-service module) has already established that {@code memberId} is
 * the signed-in member of {@code orderId}; this class reads nothing else.
 */
@Component
public class MemberObligations {

    private final ComplianceCaseRepository cases;
    private final ComplianceQueries queries;

    MemberObligations(ComplianceCaseRepository cases, ComplianceQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    /** Empty when the member has no open case (nothing is required of them). */
    @Transactional(readOnly = true)
    public Optional<MemberObligation> of(long orderId, long memberId) {
        return cases.findFirstByMemberIdAndStepNot(memberId, CaseStep.CLOSED)
                .filter(c -> c.getOrderId() == orderId)
                .map(c -> new MemberObligation(
                        queries.findMember(orderId, memberId).map(NonCompliantMember::reason).orElse(Reason.NONE),
                        c.getStep(), c.getStepSince(), c.getNoticeDeadline(),
                        queries.meetingDate(c.getCouncilMeetingId()).orElse(null)));
    }
}
