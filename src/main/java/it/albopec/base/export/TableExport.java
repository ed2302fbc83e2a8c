package it.albopec.base.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What to export: a list's rows (page by page, in the list's order and filter) and the columns to write.
 *
 * @param list   the stable name of the list for the audit trail, e.g. "member.register"
 * @param title  the list's name in the user's language: the sheet's name and the start of the file's name
 * @param filter the filter as the user set it, in words, for the audit trail
 */
public record TableExport<T>(String list, String title, String filter, List<ExportColumn<T>> columns, RowPages<T> rows) {

    public TableExport {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
    }

    /** E.g. "Albo-2026-11-30.xlsx": the title without characters file systems refuse. */
    public String fileName(ExportFormat format, LocalDate day) {
        String base = title.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "export" : base) + "-" + day + "." + format.extension();
    }

    public List<String> headers() {
        return columns.stream().map(ExportColumn::header).toList();
    }
}
