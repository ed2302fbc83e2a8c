package it.albopec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Money is never a binary floating-point number (DESIGN.md: "money is BigDecimal, never double"): no field,
 * parameter or return type anywhere in the application's main code is {@code double}, {@code float}, {@code Double}
 * or {@code Float}. The simplest rule that cannot miss an amount: the application has no other use for them.
 */
class MoneyArchitectureTest {

    static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/bench/"))
            .importPackages("it.albopec");

    static final ArchRule NO_FLOATING_FIELDS = noFields().should().haveRawType(double.class)
            .orShould().haveRawType(float.class).orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
            .because("money is BigDecimal (DESIGN.md)");

    static final ArchRule NO_FLOATING_SIGNATURES = codeUnits().should(new ArchCondition<>("take or return no double or float") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
            for (JavaClass parameter : unit.getRawParameterTypes()) {
                if (FLOATING.contains(parameter.getName())) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes a " + parameter.getName()));
                }
            }
            if (FLOATING.contains(unit.getRawReturnType().getName())) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns a " + unit.getRawReturnType().getName()));
            }
        }
    }).because("money is BigDecimal (DESIGN.md)");

    @Test
    void theApplicationsCodeImportsItsClasses() {
        assertThat(MAIN.contain("it.albopec.finance.ChargeService")).isTrue();
        assertThat(MAIN.size()).isGreaterThan(100);
    }

    @Test
    void noFieldIsADoubleOrFloat() {
        NO_FLOATING_FIELDS.check(MAIN);
    }

    @Test
    void noParameterOrReturnTypeIsADoubleOrFloat() {
        NO_FLOATING_SIGNATURES.check(MAIN);
    }

    /** The rules catch what they are for: a class with a double amount fails them. */
    @Test
    void theRulesFailOnADoubleAmount() {
        JavaClasses offender = new ClassFileImporter().importClasses(DoubleAmount.class);
        assertThat(NO_FLOATING_FIELDS.evaluate(offender).hasViolation()).isTrue();
        assertThat(NO_FLOATING_SIGNATURES.evaluate(offender).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("amount()") && d.contains("returns a double"));
        assertThat(List.of(offender.get(DoubleAmount.class).getName())).isNotEmpty();
    }

    @SuppressWarnings("unused")
    static final class DoubleAmount {
        private double amount;

        double amount() {
            return amount;
        }
    }
}
