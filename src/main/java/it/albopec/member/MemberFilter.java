package it.albopec.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the register; null means "any". Built from {@link #none()} with the {@code with…} methods.
 *
 * @param text           a surname or codice fiscale prefix, a given name prefix, a registration number, or
 *                       "surname given-name" prefixes
 * @param registeredFrom earliest registration date, inclusive
 * @param registeredTo   latest registration date, inclusive
 */
public record MemberFilter(@Nullable String text, @Nullable RegisterSection section, @Nullable MemberStatus status,
                           @Nullable LocalDate registeredFrom, @Nullable LocalDate registeredTo) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null);
    }

    public static MemberFilter text(String text) {
        return new MemberFilter(text, null, null, null, null);
    }

    public MemberFilter withText(@Nullable String text) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withSection(@Nullable RegisterSection section) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withStatus(@Nullable MemberStatus status) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withRegisteredFrom(@Nullable LocalDate registeredFrom) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }

    public MemberFilter withRegisteredTo(@Nullable LocalDate registeredTo) {
        return new MemberFilter(text, section, status, registeredFrom, registeredTo);
    }
}
