package it.albopec.bench;

import java.nio.file.Path;

/**
 * PLACEHOLDER for the import figures, to be filled in when the spreadsheet module exposes
 * {@code ImportService.importRegister(...)} (issue 7). Until then it prints nothing: no figure is made up.
 *
 * <p>What it will do, with what {@link ImportBenchmark} already prepares (a migrated schema, the 30k and 200k .xlsx
 * files with valid codici fiscali, the LOAD DATA reference):
 * <ol>
 * <li>{@code InProcessApp.start(database)}, create an Order and its ADMIN (as {@link NationalDataSet} does), sign in
 *     as that ADMIN;</li>
 * <li>{@code import_30k_s}: time {@code importRegister} of {@code xlsx30k} (dry run + apply, as the view does);</li>
 * <li>{@code import_200k_s} and {@code import_200k_heap_peak_mb}: the same for {@code xlsx200k} into a new Order, with
 *     a thread sampling {@code MemoryMXBean.getHeapMemoryUsage().getUsed()} every 50 ms after a {@code System.gc()}
 *     (peak minus the baseline);</li>
 * <li>{@code import_vs_load_data_ratio}: {@code import_30k_s / loadData30kSeconds}.</li>
 * </ol>
 */
final class RegisterImportFigures {

    private RegisterImportFigures() {}

    static void measure(BenchDatabase database, Path xlsx30k, Path xlsx200k, double loadData30kSeconds, Benchmark.Report report) {
        System.err.println("[bench] import_30k_s, import_200k_s, import_200k_heap_peak_mb, import_vs_load_data_ratio: "
                + "not measured yet, the register import (issue 7) is not on this branch; see RegisterImportFigures");
    }
}
