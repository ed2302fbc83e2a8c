package it.albopec.compliance;

/** The letters of a case: the reminder that opens it, and the formal notice (diffida) giving 30 days. */
public enum LetterKind {
    REMINDER, FORMAL_NOTICE
}
