package it.albopec.provider;

import java.util.LinkedHashMap;
import java.util.Map;

import it.albopec.base.DemoDataStep;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Aruba, the provider of all three seeds, with the numbers the three Orders give their members. */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class ProviderDemoData implements DemoDataStep, DemoProviders {

    static final String ARUBA = "Aruba PEC";

    private final ProviderService providers;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    ProviderDemoData(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void load() {
        ids.put(ARUBA, providers.ensure(aruba()));
    }

    @Override
    public Map<String, Long> demoProviderIds() {
        return java.util.Collections.unmodifiableMap(ids);
    }

    /**
     * Portal and customer area: https://www.pec.it/ (OMCEO-BZ-0041). Helpdesk: 0575 0505 (Prato; Bolzano writes
     * it 0575/05 05), 0575/0500 and 0575/0504 (Foggia), 02/500 41 305 (Bolzano). Only Bolzano calls numbers free:
     * "Il servizio clienti (gratuito) è raggiungibile al numero 0575/05 05 o al numero 02/ 500 41 305".
     * Signed forms by fax to 0575/862026 (Foggia). Login like 1234567@aruba.it (Bolzano).
     */
    static ProviderForm aruba() {
        var form = new ProviderForm();
        form.setName(ARUBA);
        form.setPortalUrl("https://www.pec.it/");
        form.setCustomerAreaUrl("https://www.pec.it/");
        form.setLoginPattern("1234567@aruba.it");
        form.setSignedFormFax("0575/862026");
        form.setHelpdeskPhones(String.join("\n", "0575 0505", "0575/0500", "0575/0504", "02/500 41 305"));
        form.setFreeHelpdeskPhones(String.join("\n", "0575 0505", "02/500 41 305"));
        return form;
    }
}
