package it.albopec.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import it.albopec.member.MemberForm;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the .xlsx files of the import tests; hostile ones are written byte by byte. */
public final class SheetFiles {

    public static final List<String> HEADERS = List.of("Cognome", "Nome", "Codice Fiscale", "Sesso", "Data di nascita", "Comune di nascita",
            "Sezione", "Numero iscrizione", "Data iscrizione", "Email");

    /** A formula with the value Excel cached for it. */
    record Formula(String formula) {}

    private SheetFiles() {}

    public static Object[] row(MemberForm m) {
        return new Object[] {m.getSurname(), m.getGivenName(), m.getFiscalCode(), m.getSex().name(), m.getBirthDate(), m.getBirthplaceCode(),
                "Medici Chirurghi", m.getMediciChirurghiNumber(), m.getMediciChirurghiDate(), m.getEmail()};
    }

    public static Path xlsx(Path dir, String name, List<String> headers, List<Object[]> rows) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            fill(workbook, workbook.createSheet("Albo"), headers, rows, 0);
            return write(workbook, dir.resolve(name));
        }
    }

    static void fill(Workbook workbook, Sheet sheet, List<String> headers, List<Object[]> rows, int firstRow) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Row header = sheet.createRow(firstRow);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
        int r = firstRow + 1;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (v) {
                    case LocalDate d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case Formula f -> {
                        cell.setCellFormula(f.formula());
                        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                    }
                    default -> cell.setCellValue(v.toString());
                }
            }
        }
    }

    static Path write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** A copy of a valid .xlsx in which one part is replaced (the sheet by a bomb, or by a DOCTYPE). */
    static Path replacePart(Path source, Path target, String part, PartWriter writer) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(source)); var out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    writer.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Hundreds of MB of the same bytes, compressed to a few hundred KB. */
    static void bomb(OutputStream out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 300; i++) {
            out.write(spaces);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    static void xxe(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Cognome</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Nome</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    }

    /** The cells of the first sheet as text (for checking downloaded files). */
    static List<List<String>> read(InputStream in) throws IOException {
        try (var workbook = new XSSFWorkbook(in)) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (Row row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null ? "" : formatter.formatCellValue(c));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
