package it.albopec.provider;

import java.util.Map;

/** Provided by the provider module's demo data: the demo providers' names and ids, for other modules' demo data. */
public interface DemoProviders {

    Map<String, Long> demoProviderIds();
}
