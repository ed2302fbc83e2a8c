package it.albopec.compliance;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a case as its history keeps it: when it took effect, who made it, when it was written. */
public record CaseStepEntry(CaseStep from, CaseStep to, LocalDate effectiveOn, Instant at, String username, String note) {}
