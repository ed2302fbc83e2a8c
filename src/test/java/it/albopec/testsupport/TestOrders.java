package it.albopec.testsupport;

import it.albopec.order.OrderForm;
import it.albopec.order.OrderService;
import it.albopec.security.AppRoles;
import it.albopec.security.PasswordChange;
import it.albopec.security.UserAdministration;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Orders of the tests' own (province "ZC", "ZL"…), so that tests changing conventions or lists never touch the demo
 * Orders other tests rely on. The operator creates each on first use, as in the product, and its ADMIN then replaces the
 * operator's temporary password.
 */
@Component
public class TestOrders {

    private final OrderService orders;
    private final SignIn signIn;
    private final PasswordChange passwords;

    TestOrders(OrderService orders, SignIn signIn, PasswordChange passwords) {
        this.orders = orders;
        this.signIn = signIn;
        this.passwords = passwords;
    }

    /**
     * Signs in as {@code admin.<province in lower case>}, creating the Order first if it does not exist yet.
     *
     * @return whether the Order was created by this call (the caller then adds what the Order needs, e.g. a convention)
     */
    public synchronized boolean signInAsAdmin(String provinceCode, String name) {
        String admin = "admin." + provinceCode.toLowerCase(java.util.Locale.ROOT);
        try {
            signIn.as(admin);
            return false;
        } catch (UsernameNotFoundException first) {
            signIn.as("operator");
            var form = new OrderForm();
            form.setProvinceCode(provinceCode);
            form.setName(name);
            form.setPecAddresses("segreteria." + provinceCode.toLowerCase(java.util.Locale.ROOT) + "@pec.omceo.it");
            orders.create(form, new UserAdministration.NewUser(admin, "Segreteria " + provinceCode, null, AppRoles.ADMIN), "a-long-password");
            signIn.as(admin);
            // the operator's password is temporary: the ADMIN chooses their own before anything else
            String own = "La segreteria " + provinceCode + " sceglie la sua";
            passwords.changeOwnPassword("a-long-password", own, own);
            signIn.as(admin);
            return true;
        }
    }
}
