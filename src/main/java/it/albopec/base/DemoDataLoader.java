package it.albopec.base;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Runs every module's demo data step once the application is ready (local profile and tests only). */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataStep> steps;

    DemoDataLoader(List<DemoDataStep> steps) {
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        long start = System.nanoTime();
        steps.stream().sorted(Comparator.comparingInt(DemoDataStep::order)).forEach(DemoDataStep::load);
        log.info("Demo data ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
