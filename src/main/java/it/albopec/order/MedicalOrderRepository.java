package it.albopec.order;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MedicalOrderRepository extends JpaRepository<MedicalOrder, Long> {

    Optional<MedicalOrder> findByProvinceCode(String provinceCode);

    boolean existsByProvinceCode(String provinceCode);
}
