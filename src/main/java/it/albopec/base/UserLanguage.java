package it.albopec.base;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * The UI language: Italian unless the user chose German or English (Bolzano is bilingual). The choice
 * is kept in a cookie so that the login page of the next visit speaks it too.
 */
@Component
public class UserLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "albopec-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromRequest(init.getRequest())));
        // Vaadin would otherwise give each UI the browser's language: the session's choice wins
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    /** Switches the language of the current session and remembers it for a year. */
    public static void choose(Locale locale) {
        Locale language = ModuleTranslations.supported(locale);
        VaadinSession.getCurrent().setLocale(language);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return ModuleTranslations.ITALIAN;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> ModuleTranslations.supported(Locale.of(c.getValue())))
                .findFirst()
                .orElse(ModuleTranslations.ITALIAN);
    }
}
