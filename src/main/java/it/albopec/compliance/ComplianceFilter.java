package it.albopec.compliance;

/**
 * What the compliance page shows: a surname or codice fiscale prefix, one reason, one step of the case (or only
 * members without a case), the cases on one Council meeting's list. Each criterion is changed on its own with a wither.
 */
public record ComplianceFilter(String text, Reason reason, CaseStep step, boolean withoutCase, java.time.LocalDate councilMeeting) {

    public static ComplianceFilter empty() {
        return new ComplianceFilter(null, null, null, false, null);
    }

    public ComplianceFilter withText(String text) {
        return new ComplianceFilter(text, reason, step, withoutCase, councilMeeting);
    }

    public ComplianceFilter withReason(Reason reason) {
        return new ComplianceFilter(text, reason, step, withoutCase, councilMeeting);
    }

    public ComplianceFilter withStep(CaseStep step) {
        return new ComplianceFilter(text, reason, step, withoutCase, councilMeeting);
    }

    public ComplianceFilter withWithoutCase(boolean withoutCase) {
        return new ComplianceFilter(text, reason, step, withoutCase, councilMeeting);
    }

    public ComplianceFilter withCouncilMeeting(java.time.LocalDate councilMeeting) {
        return new ComplianceFilter(text, reason, step, withoutCase, councilMeeting);
    }
}
