package it.albopec.spreadsheet;

import java.nio.file.Path;
import java.util.List;

/** An uploaded file that passed the checks: its sheets, ready for choosing one and mapping its columns. */
public record UploadedWorkbook(Path file, String fileName, long size, List<String> sheets) {
}
