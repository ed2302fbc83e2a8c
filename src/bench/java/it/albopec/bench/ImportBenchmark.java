package it.albopec.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;

/**
 * The register import at the size of the largest Order (30k) and of a regional federation (200k):
 * <ul>
 * <li>{@code load_data_30k_s}: MariaDB's own bulk path, {@code LOAD DATA LOCAL INFILE} of 30k member rows into the
 *     (migrated, empty) {@code member} table with every index and constraint on — the floor the import is compared to;</li>
 * <li>the import figures themselves, once the spreadsheet module's import exists: see {@link RegisterImportFigures}.</li>
 * </ul>
 * The .xlsx files the import will read are written here too ({@code target/bench/register-30k.xlsx},
 * {@code register-200k.xlsx}, valid codici fiscali), so that they are ready and their generation is checked on every run.
 */
final class ImportBenchmark implements Benchmark {

    static final int SMALL = 30_000;
    static final int LARGE = Integer.getInteger("bench.import.large", 200_000);

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(Report report) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        long t0 = System.nanoTime();
        List<RegisterRows.Row> small = RegisterRows.generate(SMALL, 30L);
        List<RegisterRows.Row> large = RegisterRows.generate(LARGE, 200L);
        Path xlsxSmall = dir.resolve("register-30k.xlsx");
        Path xlsxLarge = dir.resolve("register-200k.xlsx");
        RegisterRows.writeXlsx(small, xlsxSmall);
        RegisterRows.writeXlsx(large, xlsxLarge);
        System.err.printf(Locale.ROOT, "[bench] register files: %s (%d KB), %s (%d KB) in %.1f s%n", xlsxSmall, Files.size(xlsxSmall) / 1024,
                xlsxLarge, Files.size(xlsxLarge) / 1024, (System.nanoTime() - t0) / 1e9);

        try (BenchDatabase database = BenchDatabase.create()) {
            Flyway.configure().dataSource(database.jdbcUrl(), BenchDatabase.USER, BenchDatabase.PASSWORD)
                    .locations("classpath:db/migration").load().migrate();
            Path csv = dir.resolve("register-30k.tsv");
            try (Connection c = database.bulkConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO medical_order (province_code, name) VALUES ('RM', 'Ordine di Roma')");
                long orderId;
                try (var rs = s.executeQuery("SELECT id FROM medical_order")) {
                    rs.next();
                    orderId = rs.getLong(1);
                }
                RegisterRows.writeCsv(small, orderId, csv);
                long start = System.nanoTime();
                int loaded = s.executeUpdate("LOAD DATA LOCAL INFILE '" + csv.toAbsolutePath() + "' INTO TABLE member CHARACTER SET utf8mb4 "
                        + "FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + RegisterRows.CSV_COLUMNS + ")");
                double seconds = (System.nanoTime() - start) / 1e9;
                if (loaded != SMALL) {
                    throw new IllegalStateException("LOAD DATA loaded " + loaded + " rows of " + SMALL);
                }
                report.figure("load_data_30k_s", seconds, "s");
                RegisterImportFigures.measure(database, xlsxSmall, xlsxLarge, seconds, report);
            } finally {
                Files.deleteIfExists(csv);
            }
        }
    }
}
