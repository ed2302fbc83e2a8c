package it.albopec.order;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.albopec.base.DemoDataStep;
import it.albopec.security.DemoOrders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The three Orders of the seed documents. Only what the documents say is filled in: Prato's letterhead
 * gives address, phones, e-mails, PEC addresses and tax code; Foggia's and Bolzano's instructions give
 * none of them, so those fields stay empty for the Order's ADMIN to complete.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class OrderDemoData implements DemoDataStep, DemoOrders {

    private final OrderService orders;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    OrderDemoData(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        ids.put("PO", orders.ensure(prato()));
        ids.put("FG", orders.ensure(foggia()));
        ids.put("BZ", orders.ensure(bolzano()));
    }

    @Override
    public Map<String, Long> demoOrderIds() {
        return java.util.Collections.unmodifiableMap(ids);
    }

    /** Seed OMCEO-PO-0035: the letterhead of the Order of Prato. */
    static OrderForm prato() {
        var form = new OrderForm();
        form.setProvinceCode("PO");
        form.setName("Ordine Provinciale dei Medici Chirurghi e degli Odontoiatri di Prato");
        form.setAddress("Via Viareggio, 10 – 59100 Prato");
        form.setPhone("0574 37938");
        form.setFax("0574 31641");
        form.setTaxCode("92026220480");
        form.setWebsite("www.omceopo.org");
        form.setGeneralEmail("segreteria@omceopo.org");
        // the heading's six addresses: "presidenza@omceopo.org - segreteria@omceopo.org - odontoiatri@omceopo.org" and
        // "presidenza.po@pec.omceo.it - segreteria.po@pec.omceo.it - odontoiatri.po@pec.omceo.it"
        form.setOtherEmails(String.join("\n", List.of("presidenza@omceopo.org", "odontoiatri@omceopo.org")));
        form.setLanguages(Set.of("it"));
        form.setPecAddresses(String.join("\n", List.of(
                "presidenza.po@pec.omceo.it", "segreteria.po@pec.omceo.it", "odontoiatri.po@pec.omceo.it")));
        return form;
    }

    /** Seed OMCEO-FG-0053: the instructions name the Order but give none of its addresses. */
    static OrderForm foggia() {
        var form = new OrderForm();
        form.setProvinceCode("FG");
        form.setName("Ordine dei Medici Chirurghi e degli Odontoiatri della Provincia di Foggia");
        form.setLanguages(Set.of("it"));
        return form;
    }

    /** Seed OMCEO-BZ-0041: bilingual province (Italian and German). */
    static OrderForm bolzano() {
        var form = new OrderForm();
        form.setProvinceCode("BZ");
        form.setName("Ordine dei Medici Chirurghi e degli Odontoiatri della Provincia di Bolzano");
        form.setNameDe("Ärzte- und Zahnärztekammer der Provinz Bozen");
        form.setLanguages(new java.util.LinkedHashSet<>(List.of("it", "de")));
        return form;
    }
}
