package it.albopec.spreadsheet;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a sheet and what each column is taken for: remembered from the Order's last import of the kind,
 * or recognised from the header. Columns without a field are shown and ignored.
 */
public record SheetLayout(int headerRow, List<String> headers, Map<Integer, ImportField> mapping, boolean headerOnly) {

    public SheetLayout {
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
    }

    public SheetLayout(int headerRow, List<String> headers, Map<Integer, ImportField> mapping) {
        this(headerRow, headers, mapping, false);
    }

    /** The same layout, said to have no data row under its header (issue 11: told before the preview, not after). */
    SheetLayout withHeaderOnly(boolean headerOnly) {
        return new SheetLayout(headerRow, headers, mapping, headerOnly);
    }

    /** Each header taken as remembered, else as recognised for the kind; a field is taken once, by its first column. */
    static SheetLayout of(SheetReader.SheetRow header, Map<String, ImportField> remembered, ImportKind kind) {
        var mapping = new HashMap<Integer, ImportField>();
        var used = EnumSet.noneOf(ImportField.class);
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i).strip();
            ImportField field = remembered.containsKey(h) ? remembered.get(h) : ImportField.recognise(h, kind).orElse(null);
            if (field != null && used.add(field)) {
                mapping.put(i, field);
            }
        }
        return new SheetLayout(header.number(), cells, mapping);
    }
}
