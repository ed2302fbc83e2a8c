package it.albopec.provider;

import java.util.List;

/**
 * A provider as the rest of the application reads it.
 *
 * @param loginPattern        the shape of the customer-area login the provider sends, e.g. {@code 1234567@aruba.it}
 * @param signedFormFax       where members fax the signed subscription form with their identity document (Foggia)
 * @param helpdeskPhones      the helpdesk numbers, as the Orders wrote them
 * @param freeHelpdeskPhones  those the Orders' instructions call free (Bolzano: "Il servizio clienti (gratuito)")
 */
public record ProviderDetails(long id, long version, String name, String portalUrl, String customerAreaUrl,
                              String loginPattern, String signedFormFax, List<String> helpdeskPhones,
                              List<String> freeHelpdeskPhones) {

    public ProviderDetails {
        helpdeskPhones = List.copyOf(helpdeskPhones);
        freeHelpdeskPhones = List.copyOf(freeHelpdeskPhones);
    }

    /** Whether the instructions call this number free; numbers compare by their digits ("0575/05 05" = "0575 0505"). */
    public boolean isFree(String phone) {
        String digits = digits(phone);
        return freeHelpdeskPhones.stream().anyMatch(free -> digits(free).equals(digits));
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
