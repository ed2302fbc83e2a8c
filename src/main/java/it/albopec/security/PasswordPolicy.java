package it.albopec.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import it.albopec.base.ServiceException;

/**
 * What a password chosen by its owner must be, after NIST SP 800-63B (5.1.1.2): at least {@value #MIN_LENGTH}
 * characters (any characters, spaces too, no composition rules), at most {@value #MAX_LENGTH}, not the user name nor
 * containing it, not one character repeated, not in the list of common passwords ({@code security/common-passwords.txt}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The reason the password is refused, if it is. */
    static Optional<ServiceException> refusal(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new ServiceException("security.password.error.short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new ServiceException("security.password.error.long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(new ServiceException("security.password.error.username"));
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of(new ServiceException("security.password.error.common"));
        }
        return Optional.empty();
    }

    static void check(String username, String password) {
        var refused = refusal(username, password);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
