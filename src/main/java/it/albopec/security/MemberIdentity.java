package it.albopec.security;

/**
 * Who a member account is for, as the register holds it (the self-service module reads it from the member module,
 * whose tenant check has already passed).
 */
public record MemberIdentity(long orderId, long memberId, String fiscalCode, String displayName, String email) {}
