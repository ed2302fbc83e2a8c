package it.albopec.compliance;

import java.time.LocalDate;
import java.util.List;

/** A case with its member and every step it went through, oldest first. */
public record CaseDetails(long id, long version, long memberId, String memberLabel, CaseStep step, LocalDate stepSince,
                          String letterLanguage, LocalDate openedOn, LocalDate deadline, LocalDate councilMeeting,
                          LocalDate closedOn, List<CaseStepEntry> steps) {}
