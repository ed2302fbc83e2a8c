package it.albopec.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations of the whole UI. Each module keeps its own bundle {@code i18n/<module>.properties}
 * (Italian, the first language) with {@code _de} and {@code _en} beside it, so that modules never edit
 * one shared file. Keys start with the module's name, so they never collide.
 */
@Component
public class ModuleTranslations implements I18NProvider {

    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(ITALIAN, GERMAN, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(ModuleTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundleNames;
    private final Map<String, String> missingReported = new ConcurrentHashMap<>();

    public ModuleTranslations() {
        this.bundleNames = discoverBundles();
    }

    /** The base names of the bundles found under {@code i18n/} on the class path. */
    public static List<String> discoverBundles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            var names = new TreeSet<String>();
            for (Resource resource : resources) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add(file.substring(0, file.length() - ".properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        for (String bundleName : bundleNames) {
            ResourceBundle bundle = bundle(bundleName, language);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        if (missingReported.putIfAbsent(key, key) == null) {
            log.warn("Missing translation key {}", key);
        }
        return "!" + key;
    }

    /** Italian unless the user chose German or English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ITALIAN;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ITALIAN);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            // the root file is Italian; _de and _en hold the other languages
            return ResourceBundle.getBundle("i18n/" + name, ITALIAN.equals(locale) ? Locale.ROOT : locale, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("i18n/" + name, Locale.ROOT, NO_FALLBACK);
        }
    }
}
