package it.albopec.compliance;

import java.time.LocalDate;

/**
 * A row of the compliance page: a member without a valid PEC, why and since when, and their open case if any.
 *
 * @param caseId      null when no case is open
 * @param deadline    the formal notice's deadline, once the notice was sent
 */
public record NonCompliantMember(long memberId, String fiscalCode, String surname, String givenName, String email,
                                 Reason reason, LocalDate since, String lastAddress,
                                 Long caseId, Long caseVersion, CaseStep step, LocalDate stepSince, LocalDate deadline) {

    public boolean hasCase() {
        return caseId != null;
    }

    public String label() {
        return surname + " " + givenName + " (" + fiscalCode + ")";
    }
}
