package it.albopec.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import it.albopec.base.ServiceException;

/**
 * A small uploaded table other modules read (the provider's invoice): an .xlsx streamed with the register import's
 * safe reader (size, magic bytes, no DOCTYPE, zip-bomb limits, formulas never evaluated), or a {@code ;}-separated
 * CSV in UTF-8. The header is the first of the top rows naming at least two columns the caller knows, in any order.
 */
public final class TabularFile {

    private static final int HEADER_SEARCH_ROWS = 10;

    /** The header and the non-empty rows after it, as text. */
    public interface Rows {
        void header(List<String> cells);

        /** @return false to stop reading */
        boolean row(int number, List<String> cells);
    }

    private TabularFile() {}

    /** Headers compared without case, accents, spaces or punctuation ("Codice fiscale" → "codicefiscale"). */
    public static String normalizeHeader(String header) {
        return ImportField.normalize(header);
    }

    /** The column a header names in the register import's vocabulary (codice fiscale, PEC…), if any. */
    public static java.util.Optional<ImportField> recognise(String header) {
        return ImportField.recognise(header);
    }

    /**
     * Checks and reads the file: refused with a message the user reads when it is too big, empty, not an .xlsx or a
     * text CSV, or has no header the caller knows.
     */
    public static void read(Path file, long maxSize, Predicate<String> knownHeader, Rows rows) {
        byte[] head = head(file);
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K' || head.length >= 4 && (head[0] & 0xFF) == 0xD0) {
            WorkbookCheck.check(file, maxSize);
            SheetReader.read(file, null, knownHeader, new SheetReader.RowHandler() {
                @Override
                public void header(SheetReader.SheetRow header, int estimatedRows) {
                    rows.header(header.cells());
                }

                @Override
                public boolean row(SheetReader.SheetRow row) {
                    return rows.row(row.number(), row.cells());
                }
            });
            return;
        }
        readCsv(file, maxSize, knownHeader, rows);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new ServiceException("spreadsheet.error.unreadable");
        }
    }

    private static void readCsv(Path file, long maxSize, Predicate<String> knownHeader, Rows rows) {
        try {
            WorkbookCheck.checkSize(file, maxSize);
            for (byte b : head(file)) {
                if (b == 0) {
                    throw new ServiceException("spreadsheet.error.notTable"); // a binary file renamed .csv
                }
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
                String line;
                int number = 0;
                boolean headerFound = false;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (number == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> cells = split(line);
                    if (!headerFound) {
                        if (cells.stream().filter(knownHeader).count() >= 2) {
                            headerFound = true;
                            rows.header(cells);
                        } else if (number >= HEADER_SEARCH_ROWS) {
                            break;
                        }
                        continue;
                    }
                    if (!rows.row(number, cells)) {
                        return;
                    }
                }
                if (!headerFound) {
                    throw new ServiceException("spreadsheet.error.noHeader", file.getFileName().toString());
                }
            }
        } catch (CharacterCodingException e) {
            throw new ServiceException("spreadsheet.error.notUtf8");
        } catch (IOException e) {
            throw new ServiceException(e.getCause() instanceof CharacterCodingException ? "spreadsheet.error.notUtf8" : "spreadsheet.error.unreadable");
        }
    }

    /** One CSV line split at {@code ;}, with {@code "…"} quoting ({@code ""} inside quotes is a quote). */
    static List<String> split(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
