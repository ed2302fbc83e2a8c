package it.albopec.mailbox;

import java.util.EnumSet;

import it.albopec.convention.ConventionForm;
import it.albopec.convention.ConventionService;
import it.albopec.convention.Payer;
import it.albopec.convention.PaymentMethod;
import it.albopec.provider.ProviderService;
import it.albopec.testsupport.TestOrders;
import org.springframework.stereotype.Component;

/**
 * An Order of its own ("ZL", admin.zl) with Foggia's lead time of 8 days, for tests that send pre-load lists on days of
 * their choosing without changing which list is the last one of the demo Orders.
 */
@Component
class LeadTimeTestOrder {

    static final String ADMIN = "admin.zl";

    private final TestOrders testOrders;
    private final ConventionService conventions;
    private final ProviderService providers;

    LeadTimeTestOrder(TestOrders testOrders, ConventionService conventions, ProviderService providers) {
        this.testOrders = testOrders;
        this.conventions = conventions;
        this.providers = providers;
    }

    /** Signs in as the test Order's ADMIN, creating the Order and its convention on first use. */
    synchronized void signInAsAdmin() {
        if (testOrders.signInAsAdmin("ZL", "Ordine di prova dei tempi di caricamento")) {
            var convention = new ConventionForm();
            convention.setCode("OMCEO-ZL-0001");
            convention.setProviderId(providers.all().getFirst().id());
            convention.setTermMonths(36);
            convention.setPayer(Payer.MEMBER);
            convention.setPaymentMethods(EnumSet.of(PaymentMethod.CARD));
            convention.setLeadTimeDays(8);
            conventions.create(convention);
        }
    }
}
