package it.albopec.convention;

import java.util.concurrent.atomic.AtomicInteger;

import it.albopec.order.OrderForm;
import it.albopec.order.OrderService;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.PasswordChange;
import it.albopec.security.UserAdministration;
import it.albopec.testsupport.SignIn;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * An Order of its own ("ZC", admin.zc) for tests that disable and activate conventions, so that the demo
 * conventions other tests rely on are never touched. Each call of {@link #newConvention} gives a fresh code.
 */
@Component
class ConventionTestOrder {

    static final String ADMIN = "admin.zc";
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private final OrderService orders;
    private final ConventionService conventions;
    private final ProviderService providers;
    private final SignIn signIn;
    private final PasswordChange passwords;

    ConventionTestOrder(OrderService orders, ConventionService conventions, ProviderService providers, SignIn signIn,
                        PasswordChange passwords) {
        this.passwords = passwords;
        this.orders = orders;
        this.conventions = conventions;
        this.providers = providers;
        this.signIn = signIn;
    }

    /** Signs in as the test Order's ADMIN, creating the Order on first use. */
    synchronized void signInAsAdmin() {
        try {
            signIn.as(ADMIN);
        } catch (UsernameNotFoundException first) {
            signIn.as("operator");
            var form = new OrderForm();
            form.setProvinceCode("ZC");
            form.setName("Ordine di prova delle convenzioni");
            form.setPecAddresses("segreteria.zc@pec.omceo.it");
            orders.create(form, new UserAdministration.NewUser(ADMIN, "Segreteria ZC", null, AppRoles.ADMIN), "a-long-password");
            signIn.as(ADMIN);
            // the operator's password is temporary: the ADMIN chooses their own before anything else
            passwords.changeOwnPassword("a-long-password", "La segreteria ZC sceglie la sua", "La segreteria ZC sceglie la sua");
            signIn.as(ADMIN);
        }
    }

    /** A new active convention like Bolzano's (17.08 EUR, member pays) in the test Order; signs in as its ADMIN. */
    ConventionDetails newConvention() {
        signInAsAdmin();
        var form = ConventionDemoData.bolzano(providers.all().getFirst().id());
        form.setCode(nextCode());
        return conventions.create(form);
    }

    static String nextCode() {
        return "OMCEO-ZC-%04d".formatted(NEXT.incrementAndGet());
    }
}
