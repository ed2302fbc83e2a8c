package it.albopec.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a member's password for this site (not the provider's mailbox password, which the convention states):
 * shown as a checklist while the member types, and checked again by the service.
 */
public final class MemberPasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;

    /** One rule, its translation key (the text takes {@link #MIN_LENGTH} as argument) and whether the password meets it. */
    public record Rule(String messageKey, boolean met) {}

    private MemberPasswordRules() {}

    public static List<Rule> check(String password, String fiscalCode) {
        String p = password == null ? "" : password;
        var rules = new ArrayList<Rule>();
        rules.add(new Rule("security.password.rule.length", p.length() >= MIN_LENGTH && p.length() <= MAX_LENGTH));
        rules.add(new Rule("security.password.rule.letter", p.chars().anyMatch(Character::isLetter)));
        rules.add(new Rule("security.password.rule.digit", p.chars().anyMatch(Character::isDigit)));
        boolean containsCode = fiscalCode != null && !fiscalCode.isBlank()
                && p.toUpperCase(Locale.ROOT).contains(fiscalCode.toUpperCase(Locale.ROOT));
        rules.add(new Rule("security.password.rule.notFiscalCode", !p.isEmpty() && !containsCode));
        return rules;
    }

    public static boolean accepts(String password, String fiscalCode) {
        return check(password, fiscalCode).stream().allMatch(Rule::met);
    }
}
