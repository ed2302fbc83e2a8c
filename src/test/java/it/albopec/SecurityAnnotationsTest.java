package it.albopec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Role names are written once, in {@link AppRoles}: every security annotation names only roles that exist, and no
 * annotation in the sources spells a role as a string literal (a typo there would silently lock everyone out, or in).
 */
class SecurityAnnotationsTest {

    private static final Pattern QUOTED_ROLE = Pattern.compile("['\"](ROLE_)?(" + String.join("|", AppRoles.ALL) + ")['\"]");
    private static final Pattern ANY_QUOTED_NAME = Pattern.compile("'([^']*)'");
    private static final Pattern SECURITY_ANNOTATION = Pattern.compile("@(PreAuthorize|PostAuthorize|Secured|RolesAllowed)\\b[^\\n]*");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("it.albopec");
    }

    @Test
    void preAuthorizeNamesOnlyKnownRoles() {
        ArchCondition<HasAnnotations<?>> knownRoles = new ArchCondition<>("name only roles of AppRoles in @PreAuthorize") {
            @Override
            public void check(HasAnnotations<?> item, ConditionEvents events) {
                String expression = item.getAnnotationOfType(PreAuthorize.class).value();
                Matcher m = ANY_QUOTED_NAME.matcher(expression);
                boolean any = false;
                while (m.find()) {
                    any = true;
                    if (!AppRoles.ALL.contains(m.group(1))) {
                        events.add(SimpleConditionEvent.violated(item, name(item) + " names unknown role '" + m.group(1) + "'"));
                    }
                }
                if (!any) {
                    events.add(SimpleConditionEvent.violated(item, name(item) + " names no role: " + expression));
                }
            }
        };
        methods().that().areAnnotatedWith(PreAuthorize.class).should(knownRoles).allowEmptyShould(false).check(classes);
        classes().that().areAnnotatedWith(PreAuthorize.class).should(knownRoles).allowEmptyShould(false).check(classes);
    }

    @Test
    void rolesAllowedNamesOnlyKnownRoles() {
        ArchCondition<HasAnnotations<?>> knownRoles = new ArchCondition<>("name only roles of AppRoles in @RolesAllowed") {
            @Override
            public void check(HasAnnotations<?> item, ConditionEvents events) {
                for (String role : item.getAnnotationOfType(RolesAllowed.class).value()) {
                    if (!AppRoles.ALL.contains(role)) {
                        events.add(SimpleConditionEvent.violated(item, name(item) + " allows unknown role " + role));
                    }
                }
            }
        };
        classes().that().areAnnotatedWith(RolesAllowed.class).should(knownRoles).allowEmptyShould(false).check(classes);
    }

    @Test
    void noSecurityAnnotationSpellsARoleInTheSources() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher annotation = SECURITY_ANNOTATION.matcher(Files.readString(file));
                while (annotation.find()) {
                    if (QUOTED_ROLE.matcher(annotation.group()).find()) {
                        offenders.add(file + ": " + annotation.group().strip());
                    }
                }
            }
        }
        assertThat(offenders).as("use the constants of AppRoles, e.g. @PreAuthorize(AppRoles.IS_ADMIN)").isEmpty();
    }

    @Test
    void theSourceCheckRecognisesALiteral() {
        // the rule above must be able to fail: these are the spellings it refuses, and the ones it accepts
        List<String> refused = List.of("@PreAuthorize(\"hasRole('ADMIN')\")", "@RolesAllowed(\"FINANCE\")",
                "@PreAuthorize(\"hasAnyRole('ADMIN', 'MEMBER')\")", "@Secured(\"ROLE_OPERATOR\")");
        List<String> accepted = List.of("@PreAuthorize(AppRoles.IS_ADMIN)", "@RolesAllowed(AppRoles.ADMIN)",
                "@PreAuthorize(\"hasRole('\" + AppRoles.ADMIN + \"')\")");
        assertThat(refused).allSatisfy(s -> assertThat(QUOTED_ROLE.matcher(s).find()).as(s).isTrue());
        assertThat(accepted).allSatisfy(s -> assertThat(QUOTED_ROLE.matcher(s).find()).as(s).isFalse());
    }

    private static String name(HasAnnotations<?> item) {
        return item instanceof HasName named ? named.getName() : item.toString();
    }
}
