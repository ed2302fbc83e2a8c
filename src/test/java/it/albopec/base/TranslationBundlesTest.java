package it.albopec.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text exists in Italian, German and English, and no translation is left empty. */
class TranslationBundlesTest {

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> bundles = new ArrayList<>(ModuleTranslations.discoverBundles());
        bundles.add("../ValidationMessages");
        assertThat(bundles).contains("base", "security", "order");
        for (String bundle : bundles) {
            Properties italian = load(bundle + ".properties");
            for (String language : List.of("de", "en")) {
                Properties other = load(bundle + "_" + language + ".properties");
                var missing = new TreeSet<>(italian.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                missing.forEach(k -> problems.add(bundle + "_" + language + " lacks " + k));
                var extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(italian.stringPropertyNames());
                extra.forEach(k -> problems.add(bundle + "_" + language + " has " + k + " that Italian lacks"));
                other.stringPropertyNames().stream().filter(k -> other.getProperty(k).isBlank())
                        .forEach(k -> problems.add(bundle + "_" + language + " leaves " + k + " empty"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesWithArgumentsEscapeTheirApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : ModuleTranslations.discoverBundles()) {
            for (String suffix : List.of("", "_de", "_en")) {
                Properties p = load(bundle + suffix + ".properties");
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    // MessageFormat swallows a single apostrophe in a message with {0}: D'Angelo must be D''Angelo
                    if (value.contains("{0}") && value.replace("''", "").contains("'")) {
                        problems.add(bundle + suffix + ": " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void unknownLanguagesFallBackToItalian() {
        var translations = new ModuleTranslations();
        assertThat(translations.getTranslation("base.logout", java.util.Locale.FRENCH)).isEqualTo("Esci");
        assertThat(translations.getTranslation("base.logout", java.util.Locale.GERMAN)).isEqualTo("Abmelden");
        assertThat(translations.getTranslation("base.logout", java.util.Locale.ENGLISH)).isEqualTo("Sign out");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as("bundle file " + name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
