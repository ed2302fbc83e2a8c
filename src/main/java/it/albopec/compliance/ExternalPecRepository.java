package it.albopec.compliance;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalPecRepository extends JpaRepository<ExternalPec, Long> {

    Optional<ExternalPec> findByMemberIdAndOrderId(long memberId, long orderId);
}
