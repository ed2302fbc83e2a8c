package it.albopec.member;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a member's status history. */
public record StatusChange(MemberStatus from, MemberStatus to, LocalDate effectiveDate, String reason, String destinationOrder,
                           String username, Instant at) {}
