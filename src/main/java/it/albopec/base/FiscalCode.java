package it.albopec.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import it.kamaladafrica.codicefiscale.City;
import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import it.kamaladafrica.codicefiscale.internal.LastnamePart;
import it.kamaladafrica.codicefiscale.internal.NamePart;

/**
 * An Italian codice fiscale of a person: normalised (trimmed, upper case, no inner spaces) and checked
 * step by step, so that a refusal says what is wrong — the shape, the check character, the date or the
 * Belfiore code of the birthplace. Omocodic variants (digits replaced by letters, given by the Agenzia
 * delle Entrate to people whose codes would collide) are valid codes of their own and are kept as typed.
 * Built on {@code it.kamaladafrica:codice-fiscale}.
 */
public final class FiscalCode {

    public static final String ERROR_FORMAT = "fiscalCode.error.format";
    public static final String ERROR_CHECK_CHARACTER = "fiscalCode.error.checkCharacter";
    public static final String ERROR_DATE = "fiscalCode.error.date";
    public static final String ERROR_BELFIORE = "fiscalCode.error.belfiore";

    public static final String MISMATCH_SURNAME = "fiscalCode.mismatch.surname";
    public static final String MISMATCH_GIVEN_NAME = "fiscalCode.mismatch.givenName";
    public static final String MISMATCH_BIRTH_DATE = "fiscalCode.mismatch.birthDate";
    public static final String MISMATCH_SEX = "fiscalCode.mismatch.sex";
    public static final String MISMATCH_BIRTHPLACE = "fiscalCode.mismatch.birthplace";

    /** Letters and omocodic letters where digits belong; the month letter and the day are checked later. */
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{6}[0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]");
    /**
     * The library's own pattern of a code (it compiles it again on every call, which made parsing an import's codes its
     * slowest step): name parts that an algorithm can give, possible days per month, Belfiore codes' shape.
     */
    private static final Pattern LIBRARY_SHAPE = Pattern.compile("^(?:[A-Z][AEIOU][AEIOUX]|[B-DF-HJ-NP-TV-Z]{2}[A-Z]){2}(?:[\\dLMNP-V]{2}(?:[A-EHLMPR-T](?:[04LQ][1-9MNP-V]|[15MR][\\dLMNP-V]|[26NS][0-8LMNP-U])|[DHPS][37PT][0L]|[ACELMRT][37PT][01LM]|[AC-EHLMPR-T][26NS][9V])|(?:[02468LNQSU][048LQU]|[13579MPRTV][26NS])B[26NS][9V])(?:[A-MZ][1-9MNP-V][\\dLMNP-V]{2}|[A-M][0L](?:[1-9MNP-V][\\dLMNP-V]|[0L][1-9MNP-V]))[A-Z]$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String OMOCODE_LETTERS = "LMNPQRSTUV";
    private static final int[] OMOCODE_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final String MONTHS = "ABCDEHLMPRST";
    /** Values of the characters in odd positions (1st, 3rd, …) for the check character; digits as A–J. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    /** Codes of surnames and given names already computed: the library's are slow (a regex compiled per call). */
    private static final int NAME_PARTS_CACHED = 20_000;
    private static final Map<String, String> SURNAME_PARTS = new ConcurrentHashMap<>();
    private static final Map<String, String> GIVEN_NAME_PARTS = new ConcurrentHashMap<>();
    /** Codes parsed lately (immutable): an import checks each row's code in its own checks and again in the register's. */
    private static final int CODES_CACHED = 5_000;
    private static final Map<String, FiscalCode> PARSED = new ConcurrentHashMap<>();

    private final String value;
    /** The value without omocodia: its characters are the parts the person's data is compared with. */
    private final String plain;
    /** The library's model of the code, built when first asked for (the birth date with its century, omocodia). */
    private volatile CodiceFiscale code;

    private FiscalCode(String value) {
        this.value = value;
        this.plain = withoutOmocodia(value);
    }

    private CodiceFiscale code() {
        CodiceFiscale c = code;
        if (c == null) {
            c = CodiceFiscale.of(value, Cities.PROVIDER);
            code = c;
        }
        return c;
    }

    /**
     * Parses a code as a user typed it.
     *
     * @throws ServiceException with one of the {@code ERROR_*} keys and the normalised code as argument
     */
    public static FiscalCode parse(String raw) {
        String value = normalize(raw);
        FiscalCode parsed = PARSED.get(value);
        if (parsed != null) {
            return parsed;
        }
        parsed = parseNew(value);
        remember(PARSED, value, parsed, CODES_CACHED);
        return parsed;
    }

    private static FiscalCode parseNew(String value) {
        String problem = problemOf(value);
        if (problem != null) {
            throw new ServiceException(problem, value);
        }
        return new FiscalCode(value);
    }

    /** The key of what is wrong with the code, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String value = normalize(raw);
        return Optional.ofNullable(problemOf(value));
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** Trimmed, upper case, without spaces: the form in which codes are stored and compared. */
    public static String normalize(String raw) {
        return raw == null ? "" : WHITESPACE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The check character of the first fifteen characters of a code. */
    public static char checkCharacter(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /** The name of the comune or foreign country of a Belfiore code (e.g. G999 → PRATO), if the code is known. */
    public static Optional<String> placeName(String belfiore) {
        if (belfiore == null || belfiore.isBlank()) {
            return Optional.empty();
        }
        return city(normalize(belfiore)).map(City::getName);
    }

    private static String problemOf(String value) {
        if (!SHAPE.matcher(value).matches()) {
            return ERROR_FORMAT;
        }
        if (value.charAt(15) != checkCharacter(value)) {
            return ERROR_CHECK_CHARACTER;
        }
        String plain = withoutOmocodia(value);
        if (!possibleDate(plain)) {
            return ERROR_DATE;
        }
        if (city(plain.substring(11, 15)).isEmpty()) {
            return ERROR_BELFIORE;
        }
        // what the library refuses besides: parts no name can give (a vowel before a consonant), impossible days
        if (!LIBRARY_SHAPE.matcher(value).matches()) {
            return ERROR_FORMAT;
        }
        return null;
    }

    private static String withoutOmocodia(String value) {
        char[] chars = value.toCharArray();
        for (int position : OMOCODE_POSITIONS) {
            int digit = OMOCODE_LETTERS.indexOf(chars[position]);
            if (digit >= 0) {
                chars[position] = (char) ('0' + digit);
            }
        }
        return new String(chars);
    }

    /** The day may be 1–31 (men) or 41–71 (women); 29 February needs a leap year in one of the two centuries. */
    private static boolean possibleDate(String plain) {
        int month = MONTHS.indexOf(plain.charAt(8)) + 1;
        if (month == 0) {
            return false;
        }
        int year = Integer.parseInt(plain.substring(6, 8));
        int day = Integer.parseInt(plain.substring(9, 11));
        if (day > 40) {
            day -= 40;
        }
        return validDate(1900 + year, month, day) || validDate(2000 + year, month, day);
    }

    private static boolean validDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<City> city(String belfiore) {
        try {
            return Optional.ofNullable(Cities.PROVIDER.findByBelfiore(belfiore));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** The code as typed, normalised; omocodic letters are kept. */
    public String value() {
        return value;
    }

    public boolean isOmocode() {
        return !value.equals(plain);
    }

    /** The code without omocodia, as it would be without the substitutions. */
    public String withoutOmocode() {
        return code().normalized().getValue();
    }

    public LocalDate birthDate() {
        return code().getDate().getDate();
    }

    public boolean isFemale() {
        return plain.charAt(9) >= '4';
    }

    /** The Belfiore code of the birthplace, without omocodia (e.g. G999). */
    public String birthplaceCode() {
        return plain.substring(11, 15);
    }

    /** The name of the birthplace (comune or foreign country), upper case as the Agenzia writes it. */
    public String birthplaceName() {
        return city(birthplaceCode()).orElseThrow().getName();
    }

    /**
     * Which parts of the code disagree with the person's data, as {@code MISMATCH_*} keys; empty when all
     * agree. A null value is not checked.
     */
    public List<String> mismatches(String surname, String givenName, Boolean female, LocalDate birthDate, String birthplaceCode) {
        var mismatches = new ArrayList<String>();
        if (surname != null && !surname.isBlank()
                && !namePartEquals(SURNAME_PARTS, surname.trim(), s -> LastnamePart.of(s).getValue(), plain.substring(0, 3))) {
            mismatches.add(MISMATCH_SURNAME);
        }
        if (givenName != null && !givenName.isBlank()
                && !namePartEquals(GIVEN_NAME_PARTS, givenName.trim(), s -> NamePart.of(s).getValue(), plain.substring(3, 6))) {
            mismatches.add(MISMATCH_GIVEN_NAME);
        }
        if (birthDate != null && !datePart(birthDate, isFemale()).equals(plain.substring(6, 11))) {
            mismatches.add(MISMATCH_BIRTH_DATE);
        }
        if (female != null && female != isFemale()) {
            mismatches.add(MISMATCH_SEX);
        }
        if (birthplaceCode != null && !birthplaceCode.isBlank() && !normalize(birthplaceCode).equals(birthplaceCode())) {
            mismatches.add(MISMATCH_BIRTHPLACE);
        }
        return List.copyOf(mismatches);
    }

    /** The date part of a code, as the library computes it ("%02d%s%02d": year, month letter, day + 40 for women). */
    private static String datePart(LocalDate date, boolean female) {
        int year = date.getYear() % 100;
        int day = date.getDayOfMonth() + (female ? 40 : 0);
        return new String(new char[] {(char) ('0' + year / 10), (char) ('0' + year % 10), MONTHS.charAt(date.getMonthValue() - 1),
                (char) ('0' + day / 10), (char) ('0' + day % 10)});
    }

    /** A name without a single letter ("%_\\") has no code: the library refuses it, and so it agrees with none. */
    private static boolean namePartEquals(Map<String, String> cache, String name, UnaryOperator<String> part, String expected) {
        String computed = cache.get(name);
        if (computed == null) {
            try {
                computed = part.apply(name);
            } catch (IllegalArgumentException noLetters) {
                return false;
            }
            remember(cache, name, computed, NAME_PARTS_CACHED);
        }
        return computed.equals(expected);
    }

    /** A bound, not an LRU: what matters is the rows of the chunk an import is working on. */
    private static <V> void remember(Map<String, V> cache, String key, V value, int bound) {
        if (cache.size() >= bound) {
            cache.clear();
        }
        cache.put(key, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /** The library's list of comuni and foreign countries, loaded once on first use. */
    private static final class Cities {
        static final CityProvider PROVIDER = CityProvider.ofDefault();
    }
}
