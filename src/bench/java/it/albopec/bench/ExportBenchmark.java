package it.albopec.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.i18n.I18NProvider;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.export.TableExport;
import it.albopec.base.export.TableExports;
import it.albopec.member.MemberFilter;
import it.albopec.member.MemberService;
import it.albopec.member.RegisterExport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Sort;

/**
 * The register's export at national size: one Order of 500k members ({@code -Dbench.export.rows=}), exported as .xlsx
 * through the product's own path — {@link TableExports} with the register's columns ({@link RegisterExport}) on
 * {@code MemberService.findAfter} keyset pages, signed in as the Order's ADMIN, exactly what the register page's
 * "Excel" link runs — and, in the same run, by a bare loop: one streaming JDBC query with the same SELECT, WHERE and
 * ORDER BY, each row written straight into an {@code SXSSFWorkbook} with the same settings (window 100, compressed
 * temp files) and the same cell types, once before and once after the product's export (their mean is the
 * reference, so that neither path gains from running second). All write to a null stream (the network is not measured).
 * <ul>
 * <li>{@code export_500k_s}: seconds of the product's export;</li>
 * <li>{@code export_500k_heap_mb}: the highest heap in use right after a GC during it, minus the heap before (as
 *     {@code import_200k_heap_peak_mb});</li>
 * <li>{@code export_bare_sxssf_500k_s} and {@code export_vs_sxssf_ratio} = product ÷ bare loop.</li>
 * </ul>
 */
final class ExportBenchmark implements Benchmark {

    static final int ROWS = Integer.getInteger("bench.export.rows", 500_000);

    private static final String COLUMNS = "id, version, order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, "
            + "birthplace_name, email, phone, medici_number, medici_date, odontoiatri_number, odontoiatri_date, registration_date, "
            + "status, status_date, status_reason, destination_order";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public void run(Report report) throws Exception {
        try (BenchDatabase database = BenchDatabase.create()) {
            org.flywaydb.core.Flyway.configure().dataSource(database.jdbcUrl(), BenchDatabase.USER, BenchDatabase.PASSWORD)
                    .locations("classpath:db/migration").load().migrate();
            long orderId = fill(database);
            try (InProcessApp app = InProcessApp.start(database)) {
                app.signIn("admin.ex");
                MemberService members = app.bean(MemberService.class);
                TableExports exports = app.bean(TableExports.class);
                I18NProvider i18n = app.bean(I18NProvider.class);
                var export = new TableExport<>(RegisterExport.LIST, "Albo", "",
                        RegisterExport.columns(key -> i18n.getTranslation(key, Locale.ITALIAN)),
                        (last, size) -> members.findAfter(MemberFilter.none(), Sort.unsorted(), last, size));

                // warm-up: 50k rows through both paths (class loading, JIT), not measured
                bare(database, orderId, 50_000);
                exports.write(new TableExport<>(export.list(), export.title(), "", export.columns(),
                        limited(export, 50_000)), ExportFormat.XLSX, OutputStream.nullOutputStream(), ExportProgress.NONE);

                // the bare loop before and after the product's export, so that neither gains from running second
                double bareSeconds = timedBare(database, orderId);
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
                long start = System.nanoTime();
                long written = exports.write(export, ExportFormat.XLSX, OutputStream.nullOutputStream(), ExportProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                running.set(false);
                sampler.join();
                if (written != ROWS) {
                    throw new IllegalStateException("The export wrote " + written + " rows of " + ROWS);
                }
                bareSeconds = (bareSeconds + timedBare(database, orderId)) / 2;
                report.figure("export_500k_s", seconds, "s");
                report.figure("export_500k_heap_mb", Math.max(0, peak.get() - baseline) / (1024.0 * 1024.0), "MB");
                report.figure("export_bare_sxssf_500k_s", bareSeconds, "s");
                report.figure("export_vs_sxssf_ratio", seconds / bareSeconds, "x");
            }
        }
    }

    private static double timedBare(BenchDatabase database, long orderId) throws Exception {
        long start = System.nanoTime();
        long rows = bare(database, orderId, Integer.MAX_VALUE);
        if (rows != ROWS) {
            throw new IllegalStateException("The bare loop wrote " + rows + " rows of " + ROWS);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static <T> it.albopec.base.export.RowPages<T> limited(TableExport<T> export, int rows) {
        var served = new AtomicLong();
        return (last, size) -> served.getAndAdd(size) >= rows ? java.util.List.of() : export.rows().after(last, size);
    }

    /** One Order of {@link #ROWS} members (generated in SQL from MariaDB's sequence table) and its ADMIN. */
    private static long fill(BenchDatabase database) throws Exception {
        try (Connection c = database.bulkConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO medical_order (province_code, name) VALUES ('EX', 'Ordine di prova export')");
            long orderId;
            try (ResultSet rs = s.executeQuery("SELECT id FROM medical_order WHERE province_code = 'EX'")) {
                rs.next();
                orderId = rs.getLong(1);
            }
            s.executeUpdate("INSERT INTO app_user (username, password_hash, display_name, role, order_id, enabled, created_at) "
                    + "VALUES ('admin.ex', '{noop}bench', 'Bench', 'ADMIN', " + orderId + ", TRUE, NOW(3))");
            long start = System.nanoTime();
            s.executeUpdate("INSERT INTO member (order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, email, phone, "
                    + "medici_number, medici_date, registration_date, status, status_date) SELECT " + orderId + ", "
                    + "CONCAT('BNC', LPAD(seq, 13, '0')), ELT(1 + seq % 12, 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', "
                    + "'Colombo', 'Ricci', 'Marino', 'Greco', 'D''Angelo', 'De Luca'), CONCAT(ELT(1 + seq % 7, 'Marco', 'Giulia', 'Anna', "
                    + "'Luca', 'Sara', 'Paolo', 'Elena'), ' ', seq), IF(seq % 2 = 0, 'M', 'F'), DATE_ADD('1950-01-01', INTERVAL seq % 15000 DAY), "
                    + "'H501', CONCAT('iscritto', seq, '@example.it'), IF(seq % 3 = 0, CONCAT('+39 340 ', LPAD(seq, 7, '0')), "
                    + "CONCAT('0574 ', LPAD(seq, 6, '0'))), CONCAT('0', seq), DATE_ADD('1980-01-01', INTERVAL seq % 16000 DAY), "
                    + "DATE_ADD('1980-01-01', INTERVAL seq % 16000 DAY), 'ACTIVE', DATE_ADD('1980-01-01', INTERVAL seq % 16000 DAY) "
                    + "FROM seq_1_to_" + ROWS);
            System.err.printf(Locale.ROOT, "[bench] export: %d members generated in %.1f s%n", ROWS, (System.nanoTime() - start) / 1e9);
            return orderId;
        }
    }

    /** The bare loop: the same query streamed in one go, cells written straight into SXSSF. */
    private static long bare(BenchDatabase database, long orderId, int limit) throws Exception {
        var workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try (Connection c = database.bulkConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM member WHERE order_id = ? "
                     + "ORDER BY surname ASC, given_name ASC, id ASC LIMIT ?", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(2000);
            ps.setLong(1, orderId);
            ps.setInt(2, limit);
            var sheet = workbook.createSheet("Albo");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            int r = 0;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < 12; i++) {
                header.createCell(i).setCellValue("Colonna " + i);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(rs.getString("surname"));
                    row.createCell(1).setCellValue(rs.getString("given_name"));
                    text(row, 2, rs.getString("fiscal_code"), text);
                    row.createCell(3).setCellValue(rs.getString("status"));
                    date(row, 4, rs.getDate("birth_date"), date);
                    row.createCell(5).setCellValue(rs.getString("medici_number") != null ? "Medici chirurghi" : "Odontoiatri");
                    text(row, 6, rs.getString("medici_number"), text);
                    text(row, 7, rs.getString("odontoiatri_number"), text);
                    date(row, 8, rs.getDate("registration_date"), date);
                    date(row, 9, rs.getDate("status_date"), date);
                    if (rs.getString("email") != null) {
                        row.createCell(10).setCellValue(rs.getString("email"));
                    }
                    text(row, 11, rs.getString("phone"), text);
                }
            }
            workbook.write(OutputStream.nullOutputStream());
            return r - 1;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, java.sql.Date value, CellStyle style) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value.toLocalDate());
            cell.setCellStyle(style);
        }
    }

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
