package it.albopec.provider;

import java.util.List;

/**
 * A provider as the rest of the application reads it.
 *
 * @param loginPattern     the shape of the customer-area login the provider sends, e.g. {@code 1234567@aruba.it}
 * @param signedFormFax    where members fax the signed subscription form with their identity document (Foggia)
 * @param helpdeskPhones   the helpdesk numbers, as the Orders wrote them
 * @param helpdeskFree     the helpdesk is free of charge (Bolzano: "Il servizio clienti (gratuito)")
 */
public record ProviderDetails(long id, long version, String name, String portalUrl, String customerAreaUrl,
                              String loginPattern, String signedFormFax, List<String> helpdeskPhones,
                              boolean helpdeskFree) {

    public ProviderDetails {
        helpdeskPhones = List.copyOf(helpdeskPhones);
    }
}
