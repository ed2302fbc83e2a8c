package it.albopec.order;

import it.albopec.base.PlainText;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the operator fills in to create or edit an Order. */
public class OrderForm {

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "{order.validation.provinceCode}")
    private String provinceCode;
    @NotBlank @Size(max = 200)
    @PlainText
    private String name;
    @Size(max = 200)
    @PlainText
    private String nameDe;
    @Size(max = 200)
    @PlainText
    private String address;
    @Size(max = 40)
    @PlainText
    private String phone;
    @Size(max = 40)
    @PlainText
    private String fax;
    @Pattern(regexp = "(\\d{11})?", message = "{order.validation.taxCode}")
    private String taxCode;
    @Size(max = 200)
    @PlainText
    private String website;
    @Email @Size(max = 254)
    @PlainText
    private String generalEmail;
    @NotEmpty
    private Set<String> languages = new LinkedHashSet<>(List.of("it"));
    /** Institutional PEC addresses, one per line or separated by commas. */
    @Size(max = 2000)
    @PlainText(multiLine = true)
    private String pecAddresses;
    /** Other ordinary e-mail addresses of the letterhead, one per line or separated by commas. */
    @Size(max = 2000)
    @PlainText(multiLine = true)
    private String otherEmails;

    public static OrderForm of(OrderDetails order) {
        var form = new OrderForm();
        form.provinceCode = order.provinceCode();
        form.name = order.name();
        form.nameDe = order.nameDe();
        form.address = order.address();
        form.phone = order.phone();
        form.fax = order.fax();
        form.taxCode = order.taxCode();
        form.website = order.website();
        form.generalEmail = order.generalEmail();
        form.languages = new LinkedHashSet<>(order.languages());
        form.pecAddresses = String.join("\n", order.pecAddresses());
        form.otherEmails = String.join("\n", order.otherEmails());
        return form;
    }

    List<String> pecAddressList() {
        if (pecAddresses == null) {
            return List.of();
        }
        return Arrays.stream(pecAddresses.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    List<String> otherEmailList() {
        if (otherEmails == null) {
            return List.of();
        }
        return Arrays.stream(otherEmails.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    public String getOtherEmails() { return otherEmails; }
    public void setOtherEmails(String otherEmails) { this.otherEmails = otherEmails; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode == null ? null : provinceCode.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameDe() { return nameDe; }
    public void setNameDe(String nameDe) { this.nameDe = nameDe; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode == null ? "" : taxCode.trim(); }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getGeneralEmail() { return generalEmail; }
    public void setGeneralEmail(String generalEmail) { this.generalEmail = generalEmail == null || generalEmail.isBlank() ? null : generalEmail.trim(); }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public String getPecAddresses() { return pecAddresses; }
    public void setPecAddresses(String pecAddresses) { this.pecAddresses = pecAddresses; }
}
