package it.albopec.compliance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceCaseRepository extends JpaRepository<ComplianceCase, Long> {

    Optional<ComplianceCase> findByIdAndOrderId(long id, long orderId);

    /** The member's open case (at most one: unique key on open_member_id). */
    Optional<ComplianceCase> findFirstByMemberIdAndStepNot(long memberId, CaseStep step);

    List<ComplianceCase> findByMemberIdOrderByIdDesc(long memberId);
}
