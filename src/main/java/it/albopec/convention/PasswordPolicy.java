package it.albopec.convention;

/**
 * The password rule members are told when they register (Foggia: "password alfanumerica, minimo 8-massimo 20
 * caratteri (es: Daniela1966)"). Null lengths mean the seed states no limit; Bolzano only says "determinati
 * parametri", so nothing is stated there.
 *
 * @param minLength    shortest length, or null
 * @param maxLength    longest length, or null
 * @param alphanumeric letters and digits only
 * @param example      an example the Order gives, or null
 */
public record PasswordPolicy(Integer minLength, Integer maxLength, boolean alphanumeric, String example) {

    public static final PasswordPolicy NOT_STATED = new PasswordPolicy(null, null, false, null);

    /** True when the convention tells members anything about the password. */
    public boolean isStated() {
        return minLength != null || maxLength != null || alphanumeric || example != null;
    }

    /** Whether the password follows the rule as stated (a rule not stated accepts anything non-empty). */
    public boolean accepts(String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        if (minLength != null && password.length() < minLength) {
            return false;
        }
        if (maxLength != null && password.length() > maxLength) {
            return false;
        }
        return !alphanumeric || password.chars().allMatch(Character::isLetterOrDigit);
    }
}
