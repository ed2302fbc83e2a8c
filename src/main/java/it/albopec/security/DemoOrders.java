package it.albopec.security;

import java.util.Map;

/** Provided by the order module's demo data: the demo Orders' province codes and ids, in order. */
public interface DemoOrders {

    Map<String, Long> demoOrderIds();
}
