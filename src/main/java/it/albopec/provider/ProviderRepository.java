package it.albopec.provider;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);
}
