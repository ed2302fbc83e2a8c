package it.albopec.compliance;

import java.time.LocalDate;

/**
 * What the Order requires of a member whose case is open, for the member's own page: communicate a valid PEC (or
 * activate the convention mailbox), by {@code deadline} when the formal notice was sent (else null), and what
 * happens next.
 *
 * @param reason why their PEC does not count as digital domicile
 * @param step   where the case stands
 */
public record MemberObligation(Reason reason, CaseStep step, LocalDate stepSince, LocalDate deadline, LocalDate councilMeeting) {

    /** Translation key (bundle {@code compliance}) of the sentence that tells the member what to do. */
    public String instructionKey() {
        return "compliance.me." + step.name();
    }
}
