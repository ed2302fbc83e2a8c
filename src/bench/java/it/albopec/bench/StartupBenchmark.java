package it.albopec.bench;

import java.time.Duration;
import java.util.List;

/**
 * {@code startup_s}: seconds from {@code java -jar} of the production jar (prod profile, fresh schema, so
 * Flyway migrates it and the first operator is created) until /actuator/health answers UP.
 */
final class StartupBenchmark implements Benchmark {

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(Report report) throws Exception {
        try (ProductionApp app = ProductionApp.start("startup", List.of())) {
            Duration startup = app.awaitHealthy(Duration.ofMinutes(3));
            report.figure("startup_s", startup.toMillis() / 1000.0, "s");
        }
    }
}
