package it.albopec.convention;

import java.util.concurrent.atomic.AtomicInteger;

import it.albopec.provider.ProviderService;
import it.albopec.testsupport.TestOrders;
import org.springframework.stereotype.Component;

/**
 * An Order of its own ("ZC", admin.zc) for tests that disable and activate conventions, so that the demo
 * conventions other tests rely on are never touched. Each call of {@link #newConvention} gives a fresh code.
 */
@Component
class ConventionTestOrder {

    static final String ADMIN = "admin.zc";
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private final TestOrders testOrders;
    private final ConventionService conventions;
    private final ProviderService providers;

    ConventionTestOrder(TestOrders testOrders, ConventionService conventions, ProviderService providers) {
        this.testOrders = testOrders;
        this.conventions = conventions;
        this.providers = providers;
    }

    /** Signs in as the test Order's ADMIN, creating the Order on first use. */
    void signInAsAdmin() {
        testOrders.signInAsAdmin("ZC", "Ordine di prova delle convenzioni");
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
