package it.albopec.member;

import java.time.LocalDate;

/**
 * What other modules need of a member.
 *
 * @param registrationDate the earliest registration date of the member's sections
 */
public record MemberSummary(long id, long orderId, String fiscalCode, String surname, String givenName, MemberStatus status,
                            LocalDate registrationDate, String email) {}
