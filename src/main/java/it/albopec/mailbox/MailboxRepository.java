package it.albopec.mailbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    Optional<Mailbox> findByIdAndOrderId(long id, long orderId);

    List<Mailbox> findByMemberIdOrderByIdDesc(long memberId);
}
