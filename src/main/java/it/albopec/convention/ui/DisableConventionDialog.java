package it.albopec.convention.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.convention.ConventionDetails;

/**
 * The Order records that it disabled the convention on the provider's portal (Bolzano warns: "NON cliccare sopra a
 * DISABILITA in quanto la convenzione verrà cancellata"). The application has no link to the provider, so the dialog
 * says it records the fact and cancels nothing there; it asks for the code typed back and for a reason. The service
 * checks the code again; a wrong one changes nothing.
 */
class DisableConventionDialog extends Dialog {

    final TextField typedCode = new TextField();
    final TextArea reason = new TextArea();

    /** Disables the convention; true when the dialog is done. */
    @FunctionalInterface
    interface Disable {
        boolean disable(String typedCode, String reason);
    }

    DisableConventionDialog(ConventionDetails convention, Disable onConfirm) {
        setHeaderTitle(getTranslation("convention.disable.title", convention.code()));
        setWidth("min(640px, 95vw)");
        var consequence = new Paragraph(getTranslation("convention.disable.consequence", convention.providerName()));
        var undo = new Paragraph(getTranslation("convention.disable.undo"));
        var quote = new Paragraph(getTranslation("convention.disable.providerWarning"));
        quote.addClassName("convention-warning");
        typedCode.setLabel(getTranslation("convention.disable.typeCode", convention.code()));
        typedCode.setWidthFull();
        typedCode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        reason.setLabel(getTranslation("convention.disable.reason"));
        reason.setHelperText(getTranslation("convention.disable.reasonHelp"));
        reason.setWidthFull();
        reason.setRequired(true);
        var content = new VerticalLayout(quote, consequence, undo, typedCode, reason);
        content.setPadding(false);
        add(content);

        var confirm = new Button(getTranslation("convention.disable.confirm"), e -> {
            if (!typedCode.getValue().trim().equalsIgnoreCase(convention.code())) {
                typedCode.setInvalid(true);
                typedCode.setErrorMessage(getTranslation("convention.error.typedCode", convention.code()));
            }
            if (onConfirm.disable(typedCode.getValue(), reason.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), confirm);
    }

}
