package it.albopec.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** Filters stay parameters: a typed % or _ is matched literally, and only allowed columns are sorted on. */
class SqlConditionsTest {

    @Test
    void wildcardsTypedByTheUserAreMatchedLiterally() {
        assertThat(SqlConditions.startsWith("Rossi")).isEqualTo("Rossi%");
        assertThat(SqlConditions.startsWith("50%_off\\")).isEqualTo("50\\%\\_off\\\\%");
    }

    @Test
    void theOrderUsesOnlyAllowedColumnsAndEndsTotal() {
        Map<String, String> sortable = Map.of("surname", "m.surname", "born", "m.birth_date");
        List<String> unsorted = List.of("m.surname ASC");
        List<String> ties = List.of("m.id ASC");

        assertThat(SqlConditions.orderBy(Sort.unsorted(), sortable, unsorted, ties)).isEqualTo(" ORDER BY m.surname ASC, m.id ASC");
        assertThat(SqlConditions.orderBy(Sort.by(Sort.Order.desc("born"), Sort.Order.asc("password")), sortable, unsorted, ties))
                .isEqualTo(" ORDER BY m.birth_date DESC, m.id ASC");
    }

    @Test
    void conditionsApplyOnlyWhenTheUserGaveAValue() {
        var where = new SqlConditions().always("order_id = ?", 7L).ifPresent("status = ?", " ").ifPresent("surname LIKE ?", "Ro%");
        assertThat(where.sql()).isEqualTo("WHERE order_id = ? AND surname LIKE ?");
        assertThat(where.args()).containsExactly(7L, "Ro%");
    }
}
