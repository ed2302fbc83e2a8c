package it.albopec.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    Page<AppUser> findByOrderIdAndRoleIn(Long orderId, java.util.Collection<String> roles, Pageable pageable);

    long countByOrderIdAndRoleIn(Long orderId, java.util.Collection<String> roles);

    Optional<AppUser> findByIdAndOrderId(Long id, Long orderId);

    long countByRole(String role);

    Optional<AppUser> findByMemberId(Long memberId);

    List<AppUser> findByOrderIdAndMemberIdIn(Long orderId, java.util.Collection<Long> memberIds);
}
