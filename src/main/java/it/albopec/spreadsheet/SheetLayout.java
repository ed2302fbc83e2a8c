package it.albopec.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * The header row of a sheet and what each column is taken for: remembered from the Order's last import of the kind,
 * or recognised from the header. Columns without a field are shown and ignored.
 */
public record SheetLayout(int headerRow, List<String> headers, Map<Integer, ImportField> mapping) {

    public SheetLayout {
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
    }
}
