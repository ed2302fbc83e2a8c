package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import it.albopec.base.ServiceException;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files that must be refused before anything is read into the register, each with a reason the user understands. */
@AlboPecTest
class ImportHostileFilesTest {

    @Autowired ImportService imports;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    @BeforeEach
    void signInAsPratosAdmin() {
        signIn.as("admin.po");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Opens, maps and previews the file as the page would; returns the key of the refusal. */
    String refusal(Path file) {
        long membersBefore = jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class);
        try {
            UploadedWorkbook workbook = imports.open(file, file.getFileName().toString());
            SheetLayout layout = imports.layout(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER);
            imports.preview(workbook, workbook.sheets().getFirst(), ImportKind.REGISTER, layout.mapping(), ImportProgress.NONE);
        } catch (ServiceException e) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class)).isEqualTo(membersBefore);
            assertThat(imports.history(0, 1)).singleElement().satisfies(run -> {
                assertThat(run.status()).isEqualTo(ImportStatus.REFUSED);
                assertThat(run.failure().key()).isEqualTo(e.messageKey());
            });
            return e.messageKey();
        }
        throw new AssertionError("the file was accepted");
    }

    Path validFile() throws IOException {
        MemberForm m = TestMembers.physician("Ostile", "Ugo", java.time.LocalDate.of(2010, 1, 1));
        return SheetFiles.xlsx(dir, "valid.xlsx", SheetFiles.HEADERS, List.<Object[]>of(SheetFiles.row(m)));
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = SheetFiles.replacePart(validFile(), dir.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml", SheetFiles::bomb);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThat(refusal(bomb)).isEqualTo("spreadsheet.error.zipBomb");
    }

    @Test
    void aSheetWithExternalEntitiesIsRefused() throws IOException {
        Path xxe = SheetFiles.replacePart(validFile(), dir.resolve("xxe.xlsx"), "xl/worksheets/sheet1.xml", SheetFiles::xxe);
        assertThat(refusal(xxe)).isEqualTo("spreadsheet.error.doctype");
    }

    @Test
    void aCsvRenamedXlsxIsRefused() throws IOException {
        Path csv = Files.writeString(dir.resolve("albo.xlsx"), "Cognome;Nome;Codice fiscale\nRossi;Mario;RSSMRA80A01G999X\n", StandardCharsets.UTF_8);
        assertThat(refusal(csv)).isEqualTo("spreadsheet.error.notXlsx");
    }

    @Test
    void anOldXlsIsRefusedSayingSo() throws IOException {
        Path xls = dir.resolve("vecchio.xlsx");
        try (var workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Albo").createRow(0).createCell(0).setCellValue("Cognome");
            workbook.write(out);
        }
        assertThat(refusal(xls)).isEqualTo("spreadsheet.error.xls");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedSayingSo() throws Exception {
        Path plain = validFile();
        Path encrypted = dir.resolve("protetto.xlsx");
        try (var fs = new POIFSFileSystem()) {
            var info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("segreta");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(refusal(encrypted)).isEqualTo("spreadsheet.error.encrypted");
    }

    @Test
    void emptyFilesWorkbooksAndSheetsWithoutHeaderAreRefused() throws IOException {
        assertThat(refusal(Files.write(dir.resolve("vuoto.xlsx"), new byte[0]))).isEqualTo("spreadsheet.error.emptyFile");
        Path emptySheet = dir.resolve("foglio-vuoto.xlsx");
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("Foglio1");
            SheetFiles.write(workbook, emptySheet);
        }
        assertThat(refusal(emptySheet)).isEqualTo("spreadsheet.error.emptySheet");
        Path noHeader = dir.resolve("senza-intestazione.xlsx");
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Foglio1");
            sheet.createRow(0).createCell(0).setCellValue("Rossi");
            sheet.getRow(0).createCell(1).setCellValue("Mario");
            SheetFiles.write(workbook, noHeader);
        }
        assertThat(refusal(noHeader)).isEqualTo("spreadsheet.error.noHeader");
        Path headerOnly = SheetFiles.xlsx(dir, "solo-intestazione.xlsx", SheetFiles.HEADERS, List.of());
        assertThat(refusal(headerOnly)).isEqualTo("spreadsheet.error.noRows");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("grande.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[] {0x50, 0x4B, 0x03, 0x04});
            byte[] block = new byte[1024 * 1024];
            for (long written = 0; written <= imports.maxUploadSize(); written += block.length) {
                out.write(block);
            }
        }
        assertThat(refusal(big)).isEqualTo("spreadsheet.error.tooBig");
    }

    /** POI's zip-bomb and allocation limits must never be switched off anywhere (DESIGN.md, hostile workbooks). */
    @Test
    void noSourceDisablesPoisLimits() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = sources.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = Files.readString(p).replace(" ", "");
                    return text.contains("setMinInflateRatio(0") || text.contains("setByteArrayMaxOverride(-1")
                            || text.contains("setMaxEntrySize(Long.MAX") || text.contains("setMaxFileCount(Long.MAX");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(256L * 1024 * 1024);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isGreaterThanOrEqualTo(0.01);
    }
}
