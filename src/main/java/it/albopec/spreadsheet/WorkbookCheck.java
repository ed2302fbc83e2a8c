package it.albopec.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import it.albopec.base.ServiceException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What is checked before a single cell is read (OWASP ASVS 5.2.1–5.2.3): the size, then the magic bytes. An .xlsx
 * is a zip ({@code PK\3\4}); an OLE2 file ({@code D0 CF 11 E0}) is either an old .xls or an .xlsx protected by a
 * password (Excel wraps encrypted workbooks in OLE2), and the user is told which. Anything else — a CSV renamed,
 * a PDF — is refused.
 */
final class WorkbookCheck {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookCheck() {}

    static void check(Path file, long maxSize) {
        try {
            checkSize(file, maxSize);
            byte[] head = new byte[4];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, 4);
            }
            if (read == 4 && Arrays.equals(head, ZIP)) {
                refuseDoctype(file);
                return;
            }
            if (read == 4 && Arrays.equals(head, OLE2)) {
                throw new ServiceException(isEncrypted(file) ? "spreadsheet.error.encrypted" : "spreadsheet.error.xls");
            }
            throw new ServiceException("spreadsheet.error.notXlsx");
        } catch (IOException e) {
            throw new ServiceException("spreadsheet.error.unreadable");
        }
    }

    /**
     * An uploaded file of any kind (workbook or CSV) within the size limit and not empty (ASVS 5.2.1).
     *
     * @throws ServiceException too big, with its size and the limit in MB, or empty
     */
    static void checkSize(Path file, long maxSize) throws IOException {
        long size = Files.size(file);
        if (size > maxSize) {
            throw new ServiceException("spreadsheet.error.tooBig", size / (1024 * 1024), maxSize / (1024 * 1024));
        }
        if (size == 0) {
            throw new ServiceException("spreadsheet.error.emptyFile");
        }
    }

    /**
     * A sheet or shared-strings XML with a DOCTYPE is refused outright: no part of a genuine .xlsx has one, and
     * entities are how XXE and "billion laughs" attacks come in. POI's parsers ignore DTDs anyway; this says why.
     */
    private static void refuseDoctype(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    String start = new String(in.readNBytes(2048), StandardCharsets.ISO_8859_1);
                    if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY")) {
                        throw new ServiceException("spreadsheet.error.doctype");
                    }
                }
            }
        } catch (ZipException e) {
            throw new ServiceException("spreadsheet.error.unreadable");
        }
    }

    private static boolean isEncrypted(Path file) {
        try (var fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo") || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
