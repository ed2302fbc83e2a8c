package it.albopec.provider;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/** What the operator fills in to add or edit a provider. */
public class ProviderForm {

    @NotBlank @Size(max = 100)
    private String name;
    @NotBlank @URL @Size(max = 300)
    private String portalUrl;
    @URL @Size(max = 300)
    private String customerAreaUrl;
    @Size(max = 100)
    private String loginPattern;
    @Size(max = 40)
    private String signedFormFax;
    /** Helpdesk numbers, one per line. */
    @Size(max = 1000)
    private String helpdeskPhones;
    /** The helpdesk numbers the Orders' instructions call free, one per line (only those are shown as free). */
    @Size(max = 1000)
    private String freeHelpdeskPhones;

    public static ProviderForm of(ProviderDetails provider) {
        var form = new ProviderForm();
        form.name = provider.name();
        form.portalUrl = provider.portalUrl();
        form.customerAreaUrl = provider.customerAreaUrl();
        form.loginPattern = provider.loginPattern();
        form.signedFormFax = provider.signedFormFax();
        form.helpdeskPhones = String.join("\n", provider.helpdeskPhones());
        form.freeHelpdeskPhones = String.join("\n", provider.freeHelpdeskPhones());
        return form;
    }

    List<String> helpdeskPhoneList() {
        if (helpdeskPhones == null) {
            return List.of();
        }
        return Arrays.stream(helpdeskPhones.split("[\\n;]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPortalUrl() { return portalUrl; }
    public void setPortalUrl(String portalUrl) { this.portalUrl = portalUrl; }
    public String getCustomerAreaUrl() { return customerAreaUrl; }
    public void setCustomerAreaUrl(String customerAreaUrl) { this.customerAreaUrl = customerAreaUrl == null || customerAreaUrl.isBlank() ? null : customerAreaUrl.trim(); }
    public String getLoginPattern() { return loginPattern; }
    public void setLoginPattern(String loginPattern) { this.loginPattern = loginPattern; }
    public String getSignedFormFax() { return signedFormFax; }
    public void setSignedFormFax(String signedFormFax) { this.signedFormFax = signedFormFax; }
    public String getHelpdeskPhones() { return helpdeskPhones; }
    public void setHelpdeskPhones(String helpdeskPhones) { this.helpdeskPhones = helpdeskPhones; }
    public String getFreeHelpdeskPhones() { return freeHelpdeskPhones; }
    public void setFreeHelpdeskPhones(String freeHelpdeskPhones) { this.freeHelpdeskPhones = freeHelpdeskPhones; }

    List<String> freeHelpdeskPhoneList() {
        if (freeHelpdeskPhones == null) {
            return List.of();
        }
        return Arrays.stream(freeHelpdeskPhones.split("[\\n;]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
