package it.albopec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** Nullness is declared: every package of the application is {@code @NullMarked}, so a null is allowed only where a type says {@code @Nullable}. */
class NullMarkedPackagesTest {

    @Test
    void everyPackageIsNullMarked() {
        var packages = new TreeSet<String>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("it.albopec")) {
            packages.add(type.getPackageName());
        }
        assertThat(packages).as("the application's packages").contains("it.albopec.member", "it.albopec.spreadsheet.ui");
        var unmarked = new TreeSet<String>();
        for (String name : packages) {
            try {
                Class<?> info = Class.forName(name + ".package-info");
                if (!info.isAnnotationPresent(NullMarked.class)) {
                    unmarked.add(name);
                }
            } catch (ClassNotFoundException e) {
                unmarked.add(name + " (no package-info.java)");
            }
        }
        assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
    }
}
