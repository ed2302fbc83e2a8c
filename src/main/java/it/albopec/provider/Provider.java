package it.albopec.provider;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A PEC provider, e.g. Aruba. */
@Entity
@Table(name = "provider")
class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "portal_url", nullable = false, length = 300)
    private String portalUrl;

    @Column(name = "customer_area_url", length = 300)
    private String customerAreaUrl;

    @Column(name = "login_pattern", length = 100)
    private String loginPattern;

    @Column(name = "signed_form_fax", length = 40)
    private String signedFormFax;

    /** The numbers the Orders' instructions call free, one per line (Bolzano: "Il servizio clienti (gratuito)"). */
    @Column(name = "helpdesk_free_phones", length = 1000)
    private String helpdeskFreePhones;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_helpdesk_phone", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone", nullable = false, length = 40)
    private List<String> helpdeskPhones = new ArrayList<>();

    protected Provider() {}

    Provider(ProviderForm form) {
        apply(form);
    }

    void apply(ProviderForm form) {
        name = form.getName().trim();
        portalUrl = form.getPortalUrl().trim();
        customerAreaUrl = blankToNull(form.getCustomerAreaUrl());
        loginPattern = blankToNull(form.getLoginPattern());
        signedFormFax = blankToNull(form.getSignedFormFax());
        helpdeskFreePhones = form.freeHelpdeskPhoneList().isEmpty() ? null : String.join("\n", form.freeHelpdeskPhoneList());
        helpdeskPhones.clear();
        helpdeskPhones.addAll(form.helpdeskPhoneList());
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getName() { return name; }

    ProviderDetails toDetails() {
        return new ProviderDetails(id, version, name, portalUrl, customerAreaUrl, loginPattern, signedFormFax,
                List.copyOf(helpdeskPhones), helpdeskFreePhones == null ? List.of() : List.of(helpdeskFreePhones.split("\n")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
