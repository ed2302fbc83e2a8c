package it.albopec.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The user name as typed on the login page, made comparable. Members sign in with their codice fiscale, which people
 * type in lower case or in groups ("rss mra 80a01 g999x"): a name that is sixteen letters and digits once spaces are
 * removed is taken as a codice fiscale, without spaces and in upper case. Staff names are only trimmed.
 */
final class LoginName {

    private static final Pattern FISCAL_CODE_SHAPE = Pattern.compile("[A-Za-z0-9]{16}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private LoginName() {}

    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = SPACES.matcher(typed).replaceAll("");
        if (FISCAL_CODE_SHAPE.matcher(compact).matches() && compact.chars().anyMatch(Character::isDigit)
                && compact.chars().anyMatch(Character::isLetter)) {
            return compact.toUpperCase(Locale.ROOT);
        }
        return typed.trim();
    }
}
