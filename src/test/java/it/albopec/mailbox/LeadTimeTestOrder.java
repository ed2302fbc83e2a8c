package it.albopec.mailbox;

import java.util.EnumSet;

import it.albopec.convention.ConventionForm;
import it.albopec.convention.ConventionService;
import it.albopec.convention.Payer;
import it.albopec.convention.PaymentMethod;
import it.albopec.order.OrderForm;
import it.albopec.order.OrderService;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.UserAdministration;
import it.albopec.testsupport.SignIn;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * An Order of its own ("ZL", admin.zl) with Foggia's lead time of 8 days, for tests that send pre-load lists on days of
 * their choosing without changing which list is the last one of the demo Orders.
 */
@Component
class LeadTimeTestOrder {

    static final String ADMIN = "admin.zl";

    private final OrderService orders;
    private final ConventionService conventions;
    private final ProviderService providers;
    private final SignIn signIn;

    LeadTimeTestOrder(OrderService orders, ConventionService conventions, ProviderService providers, SignIn signIn) {
        this.orders = orders;
        this.conventions = conventions;
        this.providers = providers;
        this.signIn = signIn;
    }

    /** Signs in as the test Order's ADMIN, creating the Order and its convention on first use. */
    synchronized void signInAsAdmin() {
        try {
            signIn.as(ADMIN);
        } catch (UsernameNotFoundException first) {
            signIn.as("operator");
            var order = new OrderForm();
            order.setProvinceCode("ZL");
            order.setName("Ordine di prova dei tempi di caricamento");
            order.setPecAddresses("segreteria.zl@pec.omceo.it");
            orders.create(order, new UserAdministration.NewUser(ADMIN, "Segreteria ZL", null, AppRoles.ADMIN), "a-long-password");
            signIn.as(ADMIN);
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
