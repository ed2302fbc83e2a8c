package it.albopec.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import it.albopec.base.ModuleTranslations;
import it.albopec.base.UserLanguage;

/** Italiano / Deutsch / English, each written in its own language; choosing one reloads the page in it. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        setItems(ModuleTranslations.LOCALES);
        setItemLabelGenerator(locale -> switch (locale.getLanguage()) {
            case "de" -> "Deutsch";
            case "en" -> "English";
            default -> "Italiano";
        });
        setValue(ModuleTranslations.supported(UI.getCurrent().getLocale()));
        setAriaLabel(getTranslation("base.language"));
        addClassName("language-select");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UserLanguage.choose(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
