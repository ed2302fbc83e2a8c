package it.albopec.convention;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConventionRepository extends JpaRepository<Convention, Long> {

    List<Convention> findByOrderId(long orderId, Pageable pageable);

    List<Convention> findByOrderIdOrderByCode(long orderId);

    long countByOrderId(long orderId);

    Optional<Convention> findByIdAndOrderId(long id, long orderId);

    Optional<Convention> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);
}
