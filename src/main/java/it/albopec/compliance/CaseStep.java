package it.albopec.compliance;

/**
 * The steps of a compliance case, in the order the law gives them (DL 76/2020 art. 37: a formal notice giving 30
 * days, then suspension decided by the Council until the address is communicated). A case moves one step at a
 * time; it is {@code CLOSED} from any step as soon as the member has a valid PEC.
 */
public enum CaseStep {
    REMINDER_SENT, NOTICE_SENT, DEADLINE_PASSED, PROPOSED_TO_COUNCIL, SUSPENDED, CLOSED;

    /** Days the formal notice gives the member to communicate a valid PEC. */
    public static final int NOTICE_DAYS = 30;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The step that must come before this one, or null for the first step and for CLOSED (reached from any). */
    public CaseStep previous() {
        return switch (this) {
            case REMINDER_SENT, CLOSED -> null;
            case NOTICE_SENT -> REMINDER_SENT;
            case DEADLINE_PASSED -> NOTICE_SENT;
            case PROPOSED_TO_COUNCIL -> DEADLINE_PASSED;
            case SUSPENDED -> PROPOSED_TO_COUNCIL;
        };
    }
}
