package it.albopec.order;

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

/** An Order of physicians and dentists (OMCeO) of one province: a tenant of the platform. */
@Entity
@Table(name = "medical_order")
class MedicalOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "province_code", nullable = false, unique = true, length = 2)
    private String provinceCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_de", length = 200)
    private String nameDe;

    @Column(length = 200)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(length = 40)
    private String fax;

    @Column(name = "tax_code", length = 16)
    private String taxCode;

    @Column(length = 200)
    private String website;

    @Column(name = "general_email", length = 254)
    private String generalEmail;

    /** Languages the Order offers to its members, e.g. "it" or "it,de" (Bolzano). */
    @Column(nullable = false, length = 20)
    private String languages = "it";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "medical_order_pec", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "address", nullable = false, length = 254)
    private List<String> pecAddresses = new ArrayList<>();

    /** The Order's other ordinary e-mail addresses, as its letterhead lists them (Prato: presidenza@, odontoiatri@). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "medical_order_email", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "address", nullable = false, length = 254)
    private List<String> otherEmails = new ArrayList<>();

    protected MedicalOrder() {}

    MedicalOrder(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    void apply(OrderForm form) {
        name = form.getName().trim();
        nameDe = blankToNull(form.getNameDe());
        address = blankToNull(form.getAddress());
        phone = blankToNull(form.getPhone());
        fax = blankToNull(form.getFax());
        taxCode = blankToNull(form.getTaxCode());
        website = blankToNull(form.getWebsite());
        generalEmail = blankToNull(form.getGeneralEmail());
        languages = String.join(",", form.getLanguages());
        pecAddresses.clear();
        pecAddresses.addAll(form.pecAddressList());
        otherEmails.clear();
        otherEmails.addAll(form.otherEmailList());
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getProvinceCode() { return provinceCode; }
    String getName() { return name; }

    OrderDetails toDetails() {
        return new OrderDetails(id, version, provinceCode, name, nameDe, address, phone, fax, taxCode, website,
                generalEmail, List.of(languages.split(",")), List.copyOf(pecAddresses), List.copyOf(otherEmails));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
