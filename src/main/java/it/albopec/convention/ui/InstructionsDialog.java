package it.albopec.convention.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionInstructions;
import it.albopec.convention.ConventionService;

/**
 * The ADMIN writes what members read, one language at a time: steps and warnings are paragraphs separated by an
 * empty line; the steps are numbered in that order.
 */
class InstructionsDialog extends Dialog {

    /** Saves one language: language, expected version, steps, warnings. */
    interface Save {
        boolean save(String language, long expectedVersion, String steps, String warnings);
    }

    private final ConventionDetails convention;
    final Select<String> language = new Select<>();
    final TextArea steps = new TextArea();
    final TextArea warnings = new TextArea();
    private long version = ConventionService.NEW_TEXT;

    InstructionsDialog(ConventionDetails convention, String initialLanguage, Save onSave) {
        this.convention = convention;
        setHeaderTitle(getTranslation("convention.instructions.title", convention.code()));
        setWidth("min(900px, 95vw)");
        language.setLabel(getTranslation("convention.instructions.language"));
        language.setItems(List.of("it", "de", "en"));
        language.setItemLabelGenerator(l -> getTranslation("convention.language." + l));
        steps.setLabel(getTranslation("convention.instructions.steps"));
        steps.setHelperText(getTranslation("convention.instructions.paragraphHelp"));
        steps.setWidthFull();
        steps.setMinHeight("16em");
        warnings.setLabel(getTranslation("convention.instructions.warnings"));
        warnings.setHelperText(getTranslation("convention.instructions.paragraphHelp"));
        warnings.setWidthFull();
        warnings.setMinHeight("10em");
        language.addValueChangeListener(e -> load(e.getValue()));
        language.setValue(List.of("it", "de", "en").contains(initialLanguage) ? initialLanguage : "it");
        var content = new VerticalLayout(language, steps, warnings);
        content.setPadding(false);
        add(content);
        var save = new Button(getTranslation("base.save"), e -> {
            if (onSave.save(language.getValue(), version, steps.getValue(), warnings.getValue())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), save);
    }

    private void load(String lang) {
        var text = convention.instructions().stream().filter(i -> i.language().equals(lang)).findFirst();
        version = text.map(ConventionInstructions::version).orElse(ConventionService.NEW_TEXT);
        steps.setValue(text.map(i -> String.join("\n\n", i.steps())).orElse(""));
        warnings.setValue(text.map(i -> String.join("\n\n", i.warnings())).orElse(""));
    }
}
