package it.albopec.base.export;

import java.util.ArrayList;
import java.util.Arrays;

/** A filter record in words for the audit trail: its components that are set, e.g. "status=ACTIVE, text=Ros". */
public final class FilterText {

    private FilterText() {}

    public static String of(Object filter) {
        if (filter == null) {
            return "";
        }
        if (!filter.getClass().isRecord()) {
            return filter.toString();
        }
        var parts = new ArrayList<String>();
        Arrays.stream(filter.getClass().getRecordComponents()).forEach(component -> {
            try {
                Object value = component.getAccessor().invoke(filter);
                boolean set = value != null && !Boolean.FALSE.equals(value) && !(value instanceof String s && s.isBlank());
                if (set) {
                    parts.add(component.getName() + "=" + value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return String.join(", ", parts);
    }
}
