package it.albopec.convention;

import java.util.Locale;
import java.util.regex.Pattern;

import it.albopec.base.ServiceException;

/**
 * The code members type on the provider's portal, {@code OMCEO-XX-NNNN}, where XX is the province code of the
 * Order that signed the convention (OMCEO-PO-0035, OMCEO-FG-0053, OMCEO-BZ-0041).
 */
public record ConventionCode(String value) {

    public static final Pattern FORMAT = Pattern.compile("OMCEO-([A-Z]{2})-(\\d{4})");

    public ConventionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ServiceException("convention.error.codeFormat", String.valueOf(value));
        }
    }

    /** Parses what a user typed: surrounding blanks are ignored, letters may be lower-case. */
    public static ConventionCode parse(String text) {
        return new ConventionCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    /** Parses the code and checks that it belongs to the Order of the given province. */
    public static ConventionCode of(String text, String provinceCode) {
        ConventionCode code = parse(text);
        if (!code.provinceCode().equals(provinceCode)) {
            throw new ServiceException("convention.error.codeProvince", code.value, provinceCode);
        }
        return code;
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT)).matches();
    }

    public String provinceCode() {
        return value.substring(6, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
