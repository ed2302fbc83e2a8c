package it.albopec.member;

import java.time.LocalDate;

/**
 * Filters of the register; null means "any".
 *
 * @param text           a surname or codice fiscale prefix, a given name prefix, a registration number, or
 *                       "surname given-name" prefixes
 * @param registeredFrom earliest registration date, inclusive
 * @param registeredTo   earliest registration date, inclusive
 */
public record MemberFilter(String text, RegisterSection section, MemberStatus status, LocalDate registeredFrom, LocalDate registeredTo) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null);
    }

    public static MemberFilter text(String text) {
        return new MemberFilter(text, null, null, null, null);
    }
}
