package it.albopec.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of {@code bench/run}: runs the selected benchmarks (all by default) one after the other and
 * prints each figure as {@code BENCH <name> <value> <unit>}. A failing benchmark prints
 * {@code BENCH <name> FAILED <reason>} and makes the command exit with status 1; the others still run.
 */
public final class Bench {

    static final List<Benchmark> ALL = List.of(
            new StartupBenchmark(),
            new UiSessionBenchmark(),
            new NationalScaleBenchmark(),
            new ImportBenchmark(),
            new ExportBenchmark());

    private Bench() {}

    public static void main(String[] args) {
        // standard output is for BENCH lines only: libraries that log before Spring configures logging (Flyway) stay quiet
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<Benchmark> selected = new ArrayList<>();
        for (Benchmark benchmark : ALL) {
            if (args.length == 0 || List.of(args).contains(benchmark.name())) {
                selected.add(benchmark);
            }
        }
        if (selected.isEmpty()) {
            System.err.println("No benchmark named " + List.of(args) + "; known: "
                    + ALL.stream().map(Benchmark::name).toList());
            System.exit(2);
        }
        boolean failed = false;
        for (Benchmark benchmark : selected) {
            long start = System.nanoTime();
            System.err.println("[bench] " + benchmark.name() + " ...");
            try {
                benchmark.run(Bench::print);
            } catch (Exception | AssertionError e) {
                failed = true;
                System.out.println("BENCH " + benchmark.name() + " FAILED " + e);
                e.printStackTrace();
            }
            System.err.printf(Locale.ROOT, "[bench] %s done in %.1f s%n", benchmark.name(), (System.nanoTime() - start) / 1e9);
        }
        System.exit(failed ? 1 : 0);
    }

    static void print(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s %s %s%n", name, format(value), unit);
        System.out.flush();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
