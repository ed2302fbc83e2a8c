package it.albopec.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.github.pjfanning.xlsx.StreamingReader;
import it.albopec.base.ServiceException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads one sheet of an .xlsx row by row with excel-streaming-reader: a cache of 100 rows and the shared strings in
 * a temporary file, so the heap does not grow with the sheet. Each cell is given as text the way it appears: real
 * dates as dd/MM/yyyy, numbers without a trailing ".0", text as typed. Formulas are never evaluated: their cached
 * value is read, and a formula without a usable cached value is marked so the row can be refused.
 */
final class SheetReader {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** How many rows from the top are searched for the header (a title row or merged cells may come first). */
    private static final int HEADER_SEARCH_ROWS = 10;

    /** One non-empty row: its number in the sheet (1-based), its cells as text, the columns with a broken formula. */
    record SheetRow(int number, List<String> cells, Set<Integer> brokenFormulas) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The header row and the rows after it. */
    interface RowHandler {
        void header(SheetRow header, int estimatedRows);

        /** @return false to stop reading */
        boolean row(SheetRow row);
    }

    private SheetReader() {}

    static Workbook open(Path file) {
        try {
            return StreamingReader.builder().rowCacheSize(100).bufferSize(4096).setUseSstTempFile(true).setReadStyles(true)
                    .setReadComments(false).setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    static List<String> sheetNames(Path file) {
        try (Workbook workbook = open(file)) {
            var names = new ArrayList<String>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            if (names.isEmpty()) {
                throw new ServiceException("spreadsheet.error.emptyWorkbook");
            }
            return names;
        } catch (IOException e) {
            throw new ServiceException("spreadsheet.error.unreadable");
        }
    }

    /**
     * Finds the header (the first of the top rows naming at least two known columns) and hands over every
     * non-empty row after it.
     */
    static void read(Path file, String sheetName, RowHandler handler) {
        try (Workbook workbook = open(file)) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ServiceException("spreadsheet.error.noSheet", sheetName);
            }
            int estimated = estimatedRows(sheet);
            Iterator<Row> rows = sheet.rowIterator();
            SheetRow header = null;
            int searched = 0;
            while (header == null && rows.hasNext() && searched < HEADER_SEARCH_ROWS) {
                SheetRow candidate = toSheetRow(rows.next());
                if (candidate == null) {
                    continue;
                }
                searched++;
                if (candidate.cells().stream().filter(c -> ImportField.recognise(c).isPresent()).count() >= 2) {
                    header = candidate;
                }
            }
            if (header == null) {
                throw new ServiceException(searched == 0 ? "spreadsheet.error.emptySheet" : "spreadsheet.error.noHeader", sheet.getSheetName());
            }
            handler.header(header, Math.max(0, estimated - header.number()));
            while (rows.hasNext()) {
                SheetRow row = toSheetRow(rows.next());
                if (row != null && !handler.row(row)) {
                    return;
                }
            }
        } catch (ServiceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    /** Whether a non-empty row follows the header: a sheet with headers and no data has nothing to import. */
    static boolean hasDataRows(Path file, String sheetName) {
        var handler = new RowHandler() {
            boolean found;

            @Override
            public void header(SheetRow header, int estimatedRows) {
                // only the rows after it count
            }

            @Override
            public boolean row(SheetRow row) {
                found = true;
                return false;
            }
        };
        read(file, sheetName, handler);
        return handler.found;
    }

    /** The header row of a sheet, without reading the rows after it. */
    static SheetRow header(Path file, String sheetName) {
        var handler = new RowHandler() {
            SheetRow header;

            @Override
            public void header(SheetRow header, int estimatedRows) {
                this.header = header;
            }

            @Override
            public boolean row(SheetRow row) {
                return false;
            }
        };
        read(file, sheetName, handler);
        return handler.header;
    }

    private static int estimatedRows(Sheet sheet) {
        try {
            return sheet.getLastRowNum() + 1;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The row as text, or null when every cell is blank (empty trailing rows, spacer rows). */
    private static SheetRow toSheetRow(Row row) {
        var cells = new ArrayList<String>();
        Set<Integer> broken = new HashSet<>();
        boolean any = false;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            while (cells.size() < column) {
                cells.add("");
            }
            String text = text(cell, cell.getCellType());
            if (text == null) {
                broken.add(column);
                text = "";
            }
            cells.add(text);
            any |= !text.isBlank() || broken.contains(column);
        }
        return any ? new SheetRow(row.getRowNum() + 1, cells, broken) : null;
    }

    /** The cell as text; null for a formula whose cached value is an error or missing. */
    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DATE)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> cachedValue(cell);
            case BLANK, _NONE -> "";
            case ERROR -> null;
        };
    }

    private static String cachedValue(Cell cell) {
        try {
            CellType cached = cell.getCachedFormulaResultType();
            return cached == CellType.FORMULA || cached == CellType.ERROR ? null : text(cell, cached);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Why a workbook could not be read, from the cause POI gives (zip bomb, DTD, broken zip). */
    static ServiceException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size") || message.contains("MaxEntrySize")
                    || message.contains("exceeds the limit") || message.contains("inflate ratio")) {
                return new ServiceException("spreadsheet.error.zipBomb");
            }
            if (message.contains("DOCTYPE") || message.contains("DTD") || message.toLowerCase().contains("entity")) {
                return new ServiceException("spreadsheet.error.doctype");
            }
            if (message.contains("encrypt") || message.contains("password")) {
                return new ServiceException("spreadsheet.error.encrypted");
            }
        }
        return new ServiceException("spreadsheet.error.unreadable");
    }
}
