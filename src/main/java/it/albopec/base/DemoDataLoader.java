package it.albopec.base;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs every module's demo data step (local profile and tests only) once the schema is migrated and the services
 * exist, but before the web server takes requests: nobody can reach the login page before the demo users exist.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataStep> steps;

    DemoDataLoader(List<DemoDataStep> steps) {
        this.steps = steps;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        steps.stream().sorted(Comparator.comparingInt(DemoDataStep::order)).forEach(DemoDataStep::load);
        log.info("Demo data ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
