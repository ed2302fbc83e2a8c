package it.albopec.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A formatted report — a title, a few "label: value" lines, tables with totals — written with the same typed,
 * neutralised cells as {@link SheetWriter} (dates as dates, amounts as euro numbers, codes as text, formula-like text
 * quote-prefixed), streamed (SXSSF: a window of rows per sheet, compressed temporary files deleted on
 * {@link #close()}), so a report of one invoice's 100k lines costs no more heap than one of ten.
 *
 * <p>Totals and differences are {@link Formula}s built from cell positions, with the value we computed written as
 * the cell's cached result: a program that does not recalculate shows the right figure, one that does (Excel, which
 * is told to on opening) finds the same.
 */
public final class ReportWorkbook implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SheetWriter.Styles styles;
    private final CellStyle title;
    private final CellStyle bold;
    private final CellStyle boldMoney;
    private final CellStyle boldInteger;

    public ReportWorkbook() {
        workbook.setCompressTempFiles(true);
        styles = new SheetWriter.Styles(workbook);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        bold = styles.header;
        Font boldFont = workbook.getFontAt(styles.header.getFontIndex());
        boldMoney = workbook.createCellStyle();
        boldMoney.cloneStyleFrom(styles.money);
        boldMoney.setFont(boldFont);
        boldInteger = workbook.createCellStyle();
        boldInteger.cloneStyleFrom(styles.integer);
        boldInteger.setFont(boldFont);
    }

    /** A new sheet (its name made safe for Excel). */
    public Sheet sheet(String name) {
        return new Sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)));
    }

    /** Writes the workbook; formulas are recalculated by Excel and LibreOffice when the file is opened. */
    public void write(OutputStream out) {
        try {
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the temporary files are already deleted by dispose()
        }
    }

    /** A sheet filled top to bottom. */
    public final class Sheet {

        private final SXSSFSheet sheet;
        private int next;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** The title, in a large bold font. */
        public Sheet title(String text) {
            Row row = row();
            row.text(text);
            if (!SheetWriter.isFormulaLike(text) && row.last != null) {
                row.last.setCellStyle(title);
            }
            return this;
        }

        /** A line "label | value", the label in bold, the value typed as {@code type}. */
        public Sheet info(String label, @Nullable Object value, CellType type) {
            Row row = row().bold().text(label);
            row.boldRow = false;
            row.value(value, type);
            return this;
        }

        public Sheet blank() {
            next++;
            return this;
        }

        /**
         * A table's header row in bold with the columns' widths (in characters); the rows above and including it stay
         * in view when scrolling, as does the first column.
         */
        public Sheet header(List<String> headers, List<Integer> widths) {
            Row row = row().bold();
            headers.forEach(row::text);
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
            }
            sheet.createFreezePane(1, next);
            return this;
        }

        /** A new row below the last. */
        public Row row() {
            return new Row(sheet.createRow(next++));
        }

        /** The 0-based index of the next row to be written. */
        public int nextRow() {
            return next;
        }
    }

    /** A row filled left to right. */
    public final class Row {

        private final SXSSFRow row;
        private int column;
        private boolean boldRow;
        private @Nullable Cell last;

        private Row(SXSSFRow row) {
            this.row = row;
        }

        /** The following cells in bold (a header or a totals row). */
        public Row bold() {
            boldRow = true;
            return this;
        }

        /** The row's 0-based index, for formulas. */
        public int index() {
            return row.getRowNum();
        }

        /** The 0-based index of the next cell. */
        public int nextColumn() {
            return column;
        }

        public Row text(@Nullable String text) {
            return value(text, CellType.TEXT);
        }

        /** A typed value (an empty cell for null), neutralised as in every export. */
        public Row value(@Nullable Object value, CellType type) {
            Cell cell = row.createCell(column++);
            last = cell;
            if (value != null) {
                SheetWriter.cell(cell, type, value, styles);
                if (boldRow) {
                    embolden(cell, type);
                }
            }
            return this;
        }

        /** A formula of ours, with the value we computed as its cached result (MONEY or INTEGER). */
        public Row formula(Formula formula, CellType type, BigDecimal computed) {
            Cell cell = row.createCell(column++);
            last = cell;
            cell.setCellFormula(formula.text());
            cell.setCellValue(computed.doubleValue());
            cell.setCellStyle(type == CellType.MONEY ? styles.money : styles.integer);
            if (boldRow) {
                embolden(cell, type);
            }
            return this;
        }

        /** Leaves a cell empty. */
        public Row skip() {
            column++;
            return this;
        }

        private void embolden(Cell cell, CellType type) {
            CellStyle style = cell.getCellStyle();
            if (style.getQuotePrefixed()) {
                return; // formula-like text stays exactly as neutralised
            }
            if (type == CellType.MONEY) {
                cell.setCellStyle(boldMoney);
            } else if (type == CellType.INTEGER) {
                cell.setCellStyle(boldInteger);
            } else if (type == CellType.TEXT) {
                cell.setCellStyle(bold);
            }
        }
    }
}
