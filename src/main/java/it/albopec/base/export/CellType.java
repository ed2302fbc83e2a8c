package it.albopec.base.export;

/** How a column's values are written, so that a spreadsheet reads them as what they are. */
public enum CellType {
    /** Free text (names, e-mails, states): quote-prefixed when it could be read as a formula. */
    TEXT,
    /**
     * A code made of digits or signs — codice fiscale, registration number, phone number: always a text cell,
     * so leading zeros and a leading {@code +} survive and nothing is turned into a number or a formula.
     */
    CODE,
    /** A {@link java.time.LocalDate}, as a real date cell with a date format. */
    DATE,
    /** An {@link java.time.Instant}, as a real date-time cell (Italian time). */
    TIMESTAMP,
    /** A {@link java.math.BigDecimal} amount in euro, as a number with a euro format. */
    MONEY,
    /** A whole number. */
    INTEGER
}
