package it.albopec.spreadsheet;

/** Text a spreadsheet program could run as a formula: it starts with = + - @, a tab, a carriage return or NUL. */
public final class FormulaInjection {

    private FormulaInjection() {}

    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\0';
    }
}
