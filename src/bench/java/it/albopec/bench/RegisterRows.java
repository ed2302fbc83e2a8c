package it.albopec.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Register rows as an Order's secretariat would hand them over, each with a VALID codice fiscale (computed from the
 * person's data with {@code it.kamaladafrica.codicefiscale}), so that the import accepts every one: written as the
 * .xlsx an Order uploads (streaming, {@link SXSSFWorkbook}, real date cells, Italian headers) and as the CSV that
 * {@code LOAD DATA LOCAL INFILE} reads into the {@code member} table (the reference figure).
 */
final class RegisterRows {

    static final List<String> HEADERS = List.of("Codice fiscale", "Cognome", "Nome", "Sesso", "Data di nascita", "Comune di nascita",
            "Email", "Numero iscrizione medici", "Data iscrizione medici", "Numero iscrizione odontoiatri", "Data iscrizione odontoiatri",
            "Provincia");

    private static final CityProvider CITIES = CityProvider.ofDefault();
    /**
     * Birthplaces as registers write them (issue 11): the comune's name, in the register's own case and spelling, German
     * names in South Tyrol, homonyms with their province, foreign countries; the Belfiore code is what the member table gets.
     */
    private static final String[][] BIRTHPLACES = {{"H501", "Roma", "RM"}, {"F205", "MILANO", "MI"}, {"G999", "Prato", "PO"},
            {"B794", "Carmignano", "PO"}, {"D612", "Firenze", "FI"}, {"A952", "Bozen", "BZ"}, {"B160", "Brixen", ""},
            {"D643", "FOGGIA", "FG"}, {"L219", "Torino", "TO"}, {"F839", "Napoli", "NA"}, {"A662", "Bari", "BA"},
            {"G273", "Palermo", "PA"}, {"D704", "FORLI'", "FC"}, {"I197", "Sant'Agata de' Goti", "BN"}, {"M261", "Castro", "LE"},
            {"C337", "CASTRO", "BG"}, {"Z112", "Germania", "EE"}, {"Z133", "Svizzera", ""}};
    private static final String[] SURNAMES = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "D'Angelo", "Gruber", "Pichler", "Huber", "Hofer", "Kofler", "Mair", "Barbieri", "Fontana", "Santoro", "Caruso"};
    private static final String[] MALE = {"Marco", "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Andrea",
            "Paolo", "Stefano", "Roberto", "Alessandro", "Luca", "Matteo", "Davide", "Lorenzo", "Franz", "Lukas"};
    private static final String[] FEMALE = {"Maria", "Anna", "Giulia", "Francesca", "Chiara", "Sara", "Laura", "Elena", "Paola",
            "Silvia", "Valentina", "Federica", "Martina", "Giovanna", "Eva", "Anna Lena"};

    /** One member as the register file lists them; a section number and date, the other one empty. */
    record Row(String fiscalCode, String surname, String givenName, boolean female, LocalDate birthDate, String birthplace,
               String email, String mediciNumber, LocalDate mediciDate, String odontoiatriNumber, LocalDate odontoiatriDate,
               String birthplaceWritten, String province) {}

    private RegisterRows() {}

    /** {@code count} distinct members; the same seed gives the same rows. */
    static List<Row> generate(int count, long seed) {
        var random = new Random(seed);
        var rows = new ArrayList<Row>(count);
        Set<String> codes = new HashSet<>();
        int n = 0;
        while (rows.size() < count) {
            n++;
            boolean female = random.nextBoolean();
            String surname = random.nextInt(3) == 0 ? SURNAMES[random.nextInt(SURNAMES.length)] : synthetic(random);
            String given = female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
            LocalDate born = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(55 * 365));
            String[] place = BIRTHPLACES[random.nextInt(BIRTHPLACES.length)];
            String birthplace = place[0];
            String code = CodiceFiscale.of(Person.builder().lastname(surname).firstname(given).isFemale(female).birthDate(born)
                    .city(CITIES.findByBelfiore(birthplace)).build()).getValue();
            if (!codes.add(code)) {
                continue; // omocodia is the provider's business, not the benchmark's
            }
            LocalDate registered = born.plusYears(26).plusDays(random.nextInt(900));
            if (registered.isAfter(LocalDate.now())) {
                registered = LocalDate.now().minusDays(1 + random.nextInt(200));
            }
            boolean dentist = random.nextInt(100) < 12;
            String email = (given + "." + surname).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + n + "@example.org";
            rows.add(new Row(code, surname, given, female, born, birthplace, email, dentist ? null : "B" + n, dentist ? null : registered,
                    dentist ? "O" + n : null, dentist ? registered : null, place[1], place[2]));
        }
        return rows;
    }

    /** The upload: one sheet, headers in the first row, dates as date cells; a streaming writer (100 rows in memory). */
    static void writeXlsx(List<Row> rows, Path file) throws IOException {
        var workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Albo");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            int r = 1;
            for (Row row : rows) {
                org.apache.poi.ss.usermodel.Row x = sheet.createRow(r++);
                text(x, 0, row.fiscalCode());
                text(x, 1, row.surname());
                text(x, 2, row.givenName());
                text(x, 3, row.female() ? "F" : "M");
                date(x, 4, row.birthDate(), date);
                text(x, 5, row.birthplaceWritten());
                text(x, 6, row.email());
                text(x, 7, row.mediciNumber());
                date(x, 8, row.mediciDate(), date);
                text(x, 9, row.odontoiatriNumber());
                date(x, 10, row.odontoiatriDate(), date);
                text(x, 11, row.province());
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The same rows for {@code LOAD DATA}: the columns of {@link #CSV_COLUMNS}, in the member table of {@code orderId}. */
    static void writeCsv(List<Row> rows, long orderId, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Row row : rows) {
                LocalDate registered = row.mediciDate() != null ? row.mediciDate() : row.odontoiatriDate();
                out.write(String.join("\t", Long.toString(orderId), row.fiscalCode(), row.surname(), row.givenName(),
                        row.female() ? "F" : "M", row.birthDate().toString(), row.birthplace(), row.email(), nul(row.mediciNumber()),
                        nul(row.mediciDate()), nul(row.odontoiatriNumber()), nul(row.odontoiatriDate()), registered.toString(),
                        "ACTIVE", registered.toString()));
                out.write('\n');
            }
        }
    }

    static final String CSV_COLUMNS = "order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, email, "
            + "medici_number, medici_date, odontoiatri_number, odontoiatri_date, registration_date, status, status_date";

    private static String nul(Object value) {
        return value == null ? "\\N" : value.toString();
    }

    private static void text(org.apache.poi.ss.usermodel.Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(org.apache.poi.ss.usermodel.Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(Date.from(value.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            cell.setCellStyle(style);
        }
    }

    private static String synthetic(Random random) {
        String[] syllables = {"ba", "ca", "de", "fi", "ga", "lo", "ma", "ne", "pi", "ro", "sa", "te", "vi", "za", "ri", "lu"};
        var s = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            s.append(syllables[random.nextInt(syllables.length)]);
        }
        s.append(random.nextBoolean() ? "ni" : "tti");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
