package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large register through the real import path, with time and heap peak: run with
 * {@code -Dimport.bench.rows=30000 -Dtest=ImportLargeFileTest}. Not part of the normal suite.
 */
@AlboPecTest
@EnabledIfSystemProperty(named = "import.bench.rows", matches = "\\d+")
class ImportLargeFileTest {

    @Autowired ImportService imports;
    @Autowired SignIn signIn;
    @TempDir Path dir;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aLargeRegisterImportsWithAFlatHeap() throws Exception {
        int rows = Integer.parseInt(System.getProperty("import.bench.rows"));
        Path file = dir.resolve("albo-" + rows + ".xlsx");
        var cities = CityProvider.ofDefault();
        var prato = cities.findByBelfiore("G999");
        String[] surnames = {"Rossi", "Bianchi", "Verdi", "Neri", "Gialli", "Bruni", "Conti", "Galli", "Ricci", "Marini"};
        String[] names = {"Mario", "Anna", "Luca", "Giulia", "Paolo", "Sara", "Marco", "Elena", "Piero", "Laura"};
        try (var workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Albo");
            var header = sheet.createRow(0);
            for (int i = 0; i < SheetFiles.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(SheetFiles.HEADERS.get(i));
            }
            LocalDate base = LocalDate.of(1940, 1, 1);
            for (int r = 1; r <= rows; r++) {
                String surname = surnames[r % 10] + (char) ('a' + (r / 10) % 26);
                String name = names[(r / 260) % 10];
                LocalDate born = base.plusDays(r % 20000);
                boolean female = (r / 2600) % 2 == 1;
                String code = CodiceFiscale.of(Person.builder().lastname(surname).firstname(name).isFemale(female).birthDate(born)
                        .city(prato).build()).getValue();
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(surname);
                row.createCell(1).setCellValue(name);
                row.createCell(2).setCellValue(code);
                row.createCell(3).setCellValue(female ? "F" : "M");
                row.createCell(4).setCellValue(born.toString());
                row.createCell(5).setCellValue("G999");
                row.createCell(6).setCellValue("Medici Chirurghi");
                row.createCell(7).setCellValue(String.format("B%06d", r));
                row.createCell(8).setCellValue("2010-05-03");
                row.createCell(9).setCellValue("m" + r + "@bench.it");
            }
            workbook.write(out);
            workbook.dispose();
        }
        signIn.as("admin.bz");
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var running = new AtomicBoolean(true);
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        ImportRunDetails run = imports.importRegister(file, true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        System.out.printf("[ImportLargeFileTest] %d rows, file %d KB: %s, %d new, %d invalid, %d applied in %d ms (apply %d ms); "
                        + "heap baseline %d MB, peak %d MB, max %d MB%n", rows, Files.size(file) / 1024, run.status(), run.created(),
                run.invalid(), run.applied(), millis, run.durationMs(), baseline >> 20, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
        System.out.println("[ImportLargeFileTest] phases: " + imports.phases(run.id()));
        assertThat(run.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(List.of(run.invalid())).containsExactly(0);
    }
}
