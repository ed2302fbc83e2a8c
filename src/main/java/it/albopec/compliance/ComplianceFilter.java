package it.albopec.compliance;

/**
 * What the compliance page shows: a surname or codice fiscale prefix, one reason, one step of the case (or only
 * members without a case). Each criterion is changed on its own with a wither.
 */
public record ComplianceFilter(String text, Reason reason, CaseStep step, boolean withoutCase) {

    public static ComplianceFilter empty() {
        return new ComplianceFilter(null, null, null, false);
    }

    public ComplianceFilter withText(String text) {
        return new ComplianceFilter(text, reason, step, withoutCase);
    }

    public ComplianceFilter withReason(Reason reason) {
        return new ComplianceFilter(text, reason, step, withoutCase);
    }

    public ComplianceFilter withStep(CaseStep step) {
        return new ComplianceFilter(text, reason, step, withoutCase);
    }

    public ComplianceFilter withWithoutCase(boolean withoutCase) {
        return new ComplianceFilter(text, reason, step, withoutCase);
    }
}
