package it.albopec.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code bench/two-nodes}: two processes of the production jar on localhost (two ports, ONE schema), as behind the
 * load balancer of {@code docker/compose.scale-out.yml}. Both schedule the daily mailbox job every 10 seconds; ShedLock
 * (lock held at least one minute) must let one run through per minute across the two nodes — never two runs less
 * than a minute apart — and both must answer {@code /actuator/health}. Prints {@code CHECK <what> OK|FAILED <detail>}; exit status 1 on a
 * failure. Not part of {@code ./mvnw verify} (two start-ups of the jar take about a minute on 2 cores).
 */
public final class TwoNodes {

    private static final String JOB_RUN = "Mailbox lifecycle for";
    private static final List<String> EVERY_TEN_SECONDS = List.of("--albopec.mailbox.lifecycle-cron=*/10 * * * * *",
            "--logging.level.it.albopec.mailbox=info");

    private TwoNodes() {}

    public static void main(String[] args) throws Exception {
        boolean ok = true;
        try (BenchDatabase database = BenchDatabase.create();
             ProductionApp first = ProductionApp.start("node-1", List.of("-Xmx512m"), database.schema, false, EVERY_TEN_SECONDS)) {
            first.awaitHealthy(Duration.ofMinutes(3)); // the first node migrates the schema; the second finds it ready
            try (ProductionApp second = ProductionApp.start("node-2", List.of("-Xmx512m"), database.schema, false, EVERY_TEN_SECONDS)) {
                second.awaitHealthy(Duration.ofMinutes(3));
                ok &= check("node-1 /actuator/health UP", health(first));
                ok &= check("node-2 /actuator/health UP", health(second));
                System.err.println("[two-nodes] both nodes up; the job is scheduled every 10 s on both, waiting 40 s ...");
                Thread.sleep(40_000);
                List<Instant> runs1 = runs(first);
                List<Instant> runs2 = runs(second);
                System.err.printf("[two-nodes] job runs: node-1 %s, node-2 %s (logs: %s, %s)%n", runs1, runs2, first.log, second.log);
                var all = new ArrayList<>(runs1);
                all.addAll(runs2);
                Collections.sort(all);
                boolean apart = true;
                for (int i = 1; i < all.size(); i++) {
                    apart &= Duration.between(all.get(i - 1), all.get(i)).getSeconds() >= 59;
                }
                // both nodes fire every 10 s; the lock (held at least a minute) lets one run through per minute
                ok &= check("the daily job ran (" + all.size() + " runs: node-1 " + runs1.size() + ", node-2 " + runs2.size() + ")",
                        !all.isEmpty());
                ok &= check("never two runs within the lock's minute although both nodes fire every 10 s", apart);
                ok &= check("node-1 still healthy", health(first));
                ok &= check("node-2 still healthy", health(second));
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean health(ProductionApp app) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"UP\"");
    }

    /** When the job ran on this node, from its log lines (Spring Boot's format starts with the ISO time). */
    private static List<Instant> runs(ProductionApp app) throws Exception {
        try (var lines = Files.lines(app.log)) {
            return lines.filter(line -> line.contains(JOB_RUN)).map(line -> Instant.parse(line.substring(0, line.indexOf(' ')))).toList();
        }
    }

    private static boolean check(String what, boolean passed) {
        System.out.println("CHECK " + what + (passed ? " OK" : " FAILED"));
        return passed;
    }
}
