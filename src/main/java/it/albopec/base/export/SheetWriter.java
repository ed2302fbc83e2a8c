package it.albopec.base.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes a {@link TableExport} as .xlsx or CSV straight to an output stream, reading its rows page by page: the
 * heap holds one page of rows and SXSSF's window of 100 sheet rows, whatever the size of the list.
 *
 * <p>In .xlsx, every value has its real type: dates are date cells, amounts numbers with a euro format, codes
 * (codice fiscale, registration number, phone) text cells. A text that a spreadsheet could run as a formula
 * (leading {@code = + - @}, tab, CR, NUL — OWASP, "CSV Injection"; ASVS 5.0 1.2.10) is a quote-prefixed text
 * cell: shown and read exactly as written ({@code +39 340 1234567} stays that), never evaluated. In CSV, where a
 * cell has no type, such a text gets a leading apostrophe and quotes, as OWASP recommends.
 */
public final class SheetWriter {

    /** Rows read from the database per page. */
    public static final int PAGE_SIZE = 2000;

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter CSV_TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final char BOM = '\uFEFF';

    private SheetWriter() {}

    /** Text a spreadsheet program could run as a formula: it starts with = + - @, a tab, a carriage return or NUL. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\0';
    }

    /** @return the number of rows written (the header not counted) */
    public static <T> long write(TableExport<T> export, ExportFormat format, OutputStream out, ExportProgress progress) {
        return switch (format) {
            case XLSX -> xlsx(export, out, progress);
            case CSV -> csv(export, out, progress);
        };
    }

    private static <T> long xlsx(TableExport<T> export, OutputStream out, ExportProgress progress) {
        var workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try {
            var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(export.title()));
            var styles = new Styles(workbook);
            List<ExportColumn<T>> columns = export.columns();
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                ExportColumn<T> column = columns.get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(column.header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, Math.min(255, Math.max(column.width(), column.header().length() + 3)) * 256);
            }
            sheet.createFreezePane(0, 1);
            long rows = eachPage(export, progress, row -> {
                Row sheetRow = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int i = 0; i < columns.size(); i++) {
                    ExportColumn<T> column = columns.get(i);
                    Object value = column.value().apply(row);
                    if (value != null) {
                        cell(sheetRow.createCell(i), column.type(), value, styles);
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(1, rows), 0, columns.size() - 1));
            workbook.write(out);
            out.flush();
            return rows;
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

    /** Writes one typed value (a formula-like text quote-prefixed); shared with {@link ReportWorkbook}. */
    static void cell(Cell cell, CellType type, Object value, Styles styles) {
        switch (value) {
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ITALY));
                cell.setCellStyle(styles.timestamp);
            }
            case BigDecimal amount -> {
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(type == CellType.MONEY ? styles.money : styles.decimal);
            }
            case Number number when type != CellType.CODE -> {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.integer);
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                if (isFormulaLike(text)) {
                    cell.setCellStyle(styles.quoted);
                } else if (type == CellType.CODE) {
                    cell.setCellStyle(styles.code);
                }
            }
        }
    }

    /** The cell styles of an export, one set per workbook; shared with {@link ReportWorkbook}. */
    static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle timestamp;
        final CellStyle money;
        final CellStyle decimal;
        final CellStyle integer;
        final CellStyle code;
        final CellStyle quoted;

        Styles(Workbook workbook) {
            var formats = workbook.createDataFormat();
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm:ss"));
            money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0.00 [$€-410]"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(formats.getFormat("#,##0.00"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("0"));
            code = workbook.createCellStyle();
            code.setDataFormat(formats.getFormat("@"));
            quoted = workbook.createCellStyle();
            quoted.setDataFormat(formats.getFormat("@"));
            quoted.setQuotePrefixed(true);
        }
    }

    private static <T> long csv(TableExport<T> export, OutputStream out, ExportProgress progress) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(BOM);
            List<ExportColumn<T>> columns = export.columns();
            line(writer, columns.stream().map(c -> csvField(c.header())).toList());
            long rows = eachPage(export, progress, row -> {
                var fields = new java.util.ArrayList<String>(columns.size());
                for (ExportColumn<T> column : columns) {
                    fields.add(csvValue(column.value().apply(row)));
                }
                try {
                    line(writer, fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        writer.write(String.join(";", fields));
        writer.write("\r\n");
    }

    private static String csvValue(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> CSV_DATE.format(date);
            case Instant instant -> CSV_TIMESTAMP.format(LocalDateTime.ofInstant(instant, ITALY));
            // Italian Excel reads a decimal comma (the separator is ';' for that reason)
            case BigDecimal amount -> amount.toPlainString().replace('.', ',');
            default -> csvField(value.toString());
        };
    }

    /** A text field: quoted when it holds a separator, quote or line break; apostrophe-prefixed when formula-like. */
    public static String csvField(String text) {
        if (isFormulaLike(text)) {
            return "\"'" + text.replace("\"", "\"\"") + "\"";
        }
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private interface RowSink<T> {
        void accept(T row) throws IOException;
    }

    private static <T> long eachPage(TableExport<T> export, ExportProgress progress, RowSink<T> sink) throws IOException {
        long written = 0;
        if (progress.cancelled()) {
            throw new ExportCancelledException(written);
        }
        List<T> page = export.rows().after(null, PAGE_SIZE);
        while (true) {
            // the next page is read while this one is written: the database and the writer work at the same time
            Future<List<T>> next = page.size() < PAGE_SIZE ? null : readAhead(export.rows(), page.getLast());
            try {
                for (T row : page) {
                    sink.accept(row);
                }
            } catch (IOException | RuntimeException e) {
                if (next != null) {
                    next.cancel(true);
                }
                throw e;
            }
            written += page.size();
            progress.written(written);
            if (next == null) {
                return written;
            }
            if (progress.cancelled()) {
                next.cancel(true);
                throw new ExportCancelledException(written);
            }
            page = pageOf(next);
        }
    }

    /** Reads the page after {@code last} on a virtual thread, as the user who exports (the services check the Order and role). */
    private static <T> Future<List<T>> readAhead(RowPages<T> rows, T last) {
        var task = new FutureTask<>(DelegatingSecurityContextCallable.create(() -> rows.after(last, PAGE_SIZE), SecurityContextHolder.getContext()));
        Thread.ofVirtual().name("export-read-ahead").start(task);
        return task;
    }

    private static <T> List<T> pageOf(Future<List<T>> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            next.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Export interrupted", e);
        } catch (ExecutionException e) {
            // the reading's own failure (access denied, database down), as if it had been read on this thread
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
