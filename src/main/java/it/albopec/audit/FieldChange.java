package it.albopec.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field's value before and after a change, as text (null when absent). */
public record FieldChange(String field, String oldValue, String newValue) {

    /** Collects the fields whose value differs; unchanged fields are left out. */
    public static final class Builder {
        private final List<FieldChange> changes = new ArrayList<>();

        public Builder compare(String field, Object oldValue, Object newValue) {
            String before = oldValue == null ? null : oldValue.toString();
            String after = newValue == null ? null : newValue.toString();
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
            return this;
        }

        public List<FieldChange> build() {
            return List.copyOf(changes);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
