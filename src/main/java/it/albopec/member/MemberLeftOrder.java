package it.albopec.member;

/**
 * A member was transferred to another Order or struck off the register. Prato (OMCEO-PO-0035): "Agli iscritti
 * che chiederanno il trasferimento ad altro Ordine o la cancellazione dall'albo, l'Ordine provvederà alla
 * disattivazione della casella Pec" — the mailbox module listens and deactivates the convention mailbox.
 */
public record MemberLeftOrder(long orderId, long memberId, String fiscalCode, MemberStatus status, java.time.LocalDate effectiveDate, String reason) {}
