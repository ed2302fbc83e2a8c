package it.albopec.member;

import java.time.LocalDate;

/**
 * Filters of the register; null means "any". Built from {@link #none()} with the {@code with…} methods.
 *
 * @param text           a surname or codice fiscale prefix, a given name prefix, a registration number, or
 *                       "surname given-name" prefixes
 * @param registeredFrom earliest registration date, inclusive
 * @param registeredTo   latest registration date, inclusive
 */
public record MemberFilter(String text, RegisterSection section, MemberStatus status, LocalDate registeredFrom, LocalDate registeredTo) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null);
    }

    public static MemberFilter text(String text) {
        return new MemberFilter(text, null, null, null, null);
    }

    public MemberFilter withText(String text) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withSection(RegisterSection section) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withStatus(MemberStatus status) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withRegisteredFrom(LocalDate registeredFrom) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withRegisteredTo(LocalDate registeredTo) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }
}
