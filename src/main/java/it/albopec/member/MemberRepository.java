package it.albopec.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByIdAndOrderId(long id, long orderId);

    Optional<Member> findByOrderIdAndFiscalCode(long orderId, String fiscalCode);

    boolean existsByOrderIdAndFiscalCode(long orderId, String fiscalCode);
}
