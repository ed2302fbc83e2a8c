package it.albopec.base;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * The application's texts in one language, usable from any thread: an export or a report is written outside the UI's
 * thread, where a component's {@code getTranslation} cannot be called, so the locale is read on the UI's thread and the
 * texts come from the application's {@link I18NProvider}.
 */
public record Texts(I18NProvider translations, Locale locale) {

    /** The texts of the running application in this locale (call on the UI's thread, e.g. with the view's {@code getLocale()}). */
    public static Texts of(Locale locale) {
        return new Texts(VaadinService.getCurrent().getInstantiator().getI18NProvider(), locale);
    }

    /** The text of {@code key} with its parameters. */
    public String get(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** The text of {@code key}, or {@code fallback} when the bundles have no such key. */
    public String getOr(String key, String fallback) {
        String text = translations.getTranslation(key, locale);
        return text == null || text.startsWith("!") ? fallback : text;
    }
}
