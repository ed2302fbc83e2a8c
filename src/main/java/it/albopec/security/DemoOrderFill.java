package it.albopec.security;

import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a module's demo data fills the demo Orders: each Order the module has not filled yet, in a transaction of its
 * own, so that a start after a failure fills only what is missing. A module counts what it filled per Order.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
public class DemoOrderFill {

    /** A demo Order as the modules fill it: its province code (PO, FG, BZ) and id. */
    public record DemoOrder(String province, long id) {

        /** The language its members read first: German in Bolzano, Italian elsewhere. */
        public String language() {
            return "BZ".equals(province) ? "de" : "it";
        }
    }

    private final List<DemoOrders> demoOrders;
    private final TransactionTemplate transaction;

    DemoOrderFill(List<DemoOrders> demoOrders, TransactionTemplate transaction) {
        this.demoOrders = demoOrders;
        this.transaction = transaction;
    }

    /**
     * @param filled whether the module has filled the Order of this id already (then it is left as it is)
     * @param fill   fills one Order and says how many things it made
     * @return how many things all fills made together
     */
    public int eachUnfilled(LongPredicate filled, ToIntFunction<DemoOrder> fill) {
        int made = 0;
        for (DemoOrders orders : demoOrders) {
            for (Map.Entry<String, Long> order : orders.demoOrderIds().entrySet()) {
                var demoOrder = new DemoOrder(order.getKey(), order.getValue());
                if (!filled.test(demoOrder.id())) {
                    Integer n = transaction.execute(status -> fill.applyAsInt(demoOrder));
                    made += n == null ? 0 : n;
                }
            }
        }
        return made;
    }
}
