package it.albopec.base;

/**
 * User input as it may appear in a log line: control characters (line breaks above all) and Unicode line separators
 * escaped as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}, and cut to {@link #MAX_LENGTH} characters, so
 * that a typed user name can neither write a line of its own ("FORGED Login succeeded …") nor flood the log
 * (OWASP ASVS 5.0 16.4.1: log injection).
 */
public final class LogText {

    /** Longer input is cut: no user name, address or file name of ours is longer. */
    public static final int MAX_LENGTH = 120;

    private LogText() {}

    /** The text made safe for one log line; {@code "-"} for null. */
    public static String of(Object input) {
        return of(input, MAX_LENGTH);
    }

    /** The same with a longer cap, for a record of several fields (an entity's values before and after a change). */
    public static String of(Object input, int maxLength) {
        if (input == null) {
            return "-";
        }
        String text = input.toString();
        var safe = new StringBuilder(Math.min(text.length(), maxLength) + 16);
        int shown = 0;
        for (int i = 0; i < text.length() && shown < maxLength; i++, shown++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                            || Character.isSurrogate(c) && !validPair(text, i)) {
                        safe.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        safe.append(c).append(text.charAt(++i));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        if (text.length() > maxLength) {
            safe.append("…(").append(text.length()).append(" chars)");
        }
        return safe.toString();
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
