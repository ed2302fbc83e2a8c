package it.albopec.order;

import java.util.List;
import java.util.Locale;

/**
 * An Order as the rest of the application reads it.
 *
 * @param otherEmails the Order's other ordinary e-mail addresses of its letterhead, besides {@code generalEmail}
 */
public record OrderDetails(Long id, long version, String provinceCode, String name, String nameDe, String address,
                           String phone, String fax, String taxCode, String website, String generalEmail,
                           List<String> languages, List<String> pecAddresses, List<String> otherEmails) {

    /** Every e-mail and PEC address of the Order's letterhead: the general e-mail, the others, then the PEC addresses. */
    public List<String> letterheadAddresses() {
        var all = new java.util.ArrayList<String>();
        if (generalEmail != null) {
            all.add(generalEmail);
        }
        all.addAll(otherEmails);
        all.addAll(pecAddresses);
        return List.copyOf(all);
    }

    /** The Order's name in the given language: Bolzano has an official German name. */
    public String displayName(Locale locale) {
        return "de".equals(locale.getLanguage()) && nameDe != null ? nameDe : name;
    }

    /** The secretariat's PEC, to which members send their test message (Prato). */
    public String secretariatPec() {
        return pecAddresses.stream().filter(a -> a.startsWith("segreteria")).findFirst()
                .orElse(pecAddresses.isEmpty() ? null : pecAddresses.getFirst());
    }
}
