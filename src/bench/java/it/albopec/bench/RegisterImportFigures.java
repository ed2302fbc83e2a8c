package it.albopec.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import it.albopec.spreadsheet.ImportPhases;
import it.albopec.spreadsheet.ImportRunDetails;
import it.albopec.spreadsheet.ImportService;

/**
 * The import figures, through the product's real import path ({@code ImportService.importRegister}: file checks,
 * column mapping, dry run with every rule of the register, then apply in one transaction with audit), each file
 * into a new, empty Order of the benchmark's schema:
 * <ul>
 * <li>{@code import_30k_cold_s}: the first import of the 30k file in the JVM (code still interpreted), which also warms
 *     the JIT up for the next one;</li>
 * <li>{@code import_30k_s} and {@code import_vs_load_data_ratio} (against MariaDB's {@code LOAD DATA} of the same rows):
 *     the same file into another empty Order, warm, as a running server imports;</li>
 * <li>{@code import_200k_s} and {@code import_200k_heap_peak_mb}: the highest heap still in use right after a garbage
 *     collection while the import runs (the memory the import really needs; the rest is garbage the JVM collects when
 *     it must), minus what was in use before it started.</li>
 * </ul>
 */
final class RegisterImportFigures {

    private RegisterImportFigures() {}

    static void measure(BenchDatabase database, Path xlsx30k, Path xlsx200k, double loadData30kSeconds, Benchmark.Report report)
            throws Exception {
        try (Connection c = database.bulkConnection(); Statement s = c.createStatement()) {
            for (String code : new String[] {"I0", "I1", "I2"}) {
                s.executeUpdate("INSERT INTO medical_order (province_code, name) VALUES ('" + code + "', 'Ordine di prova " + code + "')");
                s.executeUpdate("INSERT INTO app_user (username, password_hash, display_name, role, order_id, enabled, created_at) "
                        + "SELECT 'admin." + code.toLowerCase(Locale.ROOT) + "', '{noop}bench', 'Bench', 'ADMIN', id, TRUE, NOW(3) "
                        + "FROM medical_order WHERE province_code = '" + code + "'");
            }
        }
        try (InProcessApp app = InProcessApp.start(database)) {
            ImportService imports = app.bean(ImportService.class);

            // the first import in a fresh JVM, the code still interpreted: the cold figure, and the warm-up of the next one
            app.signIn("admin.i0");
            long start = System.nanoTime();
            ImportRunDetails cold = imports.importRegister(xlsx30k, true);
            double coldSeconds = (System.nanoTime() - start) / 1e9;
            requireAllApplied(cold, ImportBenchmark.SMALL);
            report.figure("import_30k_cold_s", coldSeconds, "s");
            report.figure("import_vs_load_data_ratio_cold", coldSeconds / loadData30kSeconds, "x");
            phases(imports.phases(cold.id()), "import_30k_cold_", report);

            // the same file into another empty Order, the JIT warmed up: what a running server does
            app.signIn("admin.i1");
            start = System.nanoTime();
            ImportRunDetails small = imports.importRegister(xlsx30k, true);
            double smallSeconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "[bench] import 30k: %s, %d new, %d invalid, %d applied%n", small.status(), small.created(),
                    small.invalid(), small.applied());
            requireAllApplied(small, ImportBenchmark.SMALL);
            report.figure("import_30k_s", smallSeconds, "s");
            report.figure("import_vs_load_data_ratio", smallSeconds / loadData30kSeconds, "x");
            // where the time goes, beside LOAD DATA of the same rows
            phases(imports.phases(small.id()), "import_30k_", report);

            app.signIn("admin.i2");
            System.gc();
            long baseline = heapAfterGc();
            var peak = new AtomicLong(baseline);
            var running = new AtomicBoolean(true);
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(heapAfterGc(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            start = System.nanoTime();
            ImportRunDetails large = imports.importRegister(xlsx200k, true);
            double largeSeconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            sampler.join();
            System.err.printf(Locale.ROOT, "[bench] import 200k: %s, %d new, %d invalid, %d applied%n", large.status(), large.created(),
                    large.invalid(), large.applied());
            requireAllApplied(large, ImportBenchmark.LARGE);
            report.figure("import_200k_s", largeSeconds, "s");
            report.figure("import_200k_heap_peak_mb", Math.max(0, peak.get() - baseline) / (1024.0 * 1024.0), "MB");
        }
    }

    private static void phases(ImportPhases phases, String prefix, Benchmark.Report report) {
        report.figure(prefix + "read_s", phases.readMs() / 1000.0, "s");
        report.figure(prefix + "validate_s", phases.validateMs() / 1000.0, "s");
        report.figure(prefix + "store_preview_s", phases.storeMs() / 1000.0, "s");
        report.figure(prefix + "apply_s", phases.applyMs() / 1000.0, "s");
    }

    /** A figure of an import that wrote nothing would measure the wrong thing: no figure then. */
    private static void requireAllApplied(ImportRunDetails run, int rows) {
        if (run.applied() != rows) {
            throw new IllegalStateException("The import applied " + run.applied() + " of " + rows + " rows (" + run.invalid()
                    + " invalid, failure " + run.failure() + "): no import figure");
        }
    }

    /** Heap in use after the last collection of each heap pool: the live data, without garbage waiting to be collected. */
    private static long heapAfterGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }
}
