package it.albopec.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet as .xlsx with a window of rows in memory (SXSSF), so an export of 30k rows needs no more
 * memory than one of 30. Dates are real date cells, numbers real numbers; text that a spreadsheet could take
 * for a formula (leading = + - @, tab, CR) is written quote-prefixed, as plain text.
 */
public final class XlsxWriter {

    private XlsxWriter() {}

    /** Receives the rows of the sheet, one call per row. */
    public interface Rows {
        void row(Object... values);
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, Consumer<Rows> rows) {
        var workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);

            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    switch (value) {
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        case BigDecimal n -> cell.setCellValue(n.doubleValue());
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case Boolean b -> cell.setCellValue(b);
                        default -> {
                            String text = value.toString();
                            cell.setCellValue(text);
                            if (FormulaInjection.isDangerous(text)) {
                                cell.setCellStyle(quoted);
                            }
                        }
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temp files are already deleted by dispose()
            }
        }
    }
}
