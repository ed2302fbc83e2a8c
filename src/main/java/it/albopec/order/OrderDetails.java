package it.albopec.order;

import java.util.List;
import java.util.Locale;

/** An Order as the rest of the application reads it. */
public record OrderDetails(Long id, long version, String provinceCode, String name, String nameDe, String address,
                           String phone, String fax, String taxCode, String website, String generalEmail,
                           List<String> languages, List<String> pecAddresses) {

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
