package it.albopec.mailbox;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names compared as the provider's portal should: regardless of case, accents, apostrophes, spaces and hyphens,
 * so that D'Angelo, DANGELO and d angelo match, and so do Niccolò and NICCOLO'.
 */
final class PersonName {

    private PersonName() {}

    static String comparable(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        var sb = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT)
                .replace("ß", "SS");
    }

    static boolean same(String a, String b) {
        return comparable(a).equals(comparable(b));
    }
}
