package it.albopec.convention.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import it.albopec.convention.ConventionDetails;

/** Undoing a disabling: the ADMIN gives the new activation date (from which requests are accepted) and a reason. */
class ActivateConventionDialog extends Dialog {

    final DatePicker activation = new DatePicker();
    final TextArea reason = new TextArea();

    /** Activates the convention again from a date; true when the dialog is done. */
    @FunctionalInterface
    interface Activate {
        boolean activate(LocalDate from, String reason);
    }

    ActivateConventionDialog(ConventionDetails convention, LocalDate today, Activate onConfirm) {
        setHeaderTitle(getTranslation("convention.activate.title", convention.code()));
        setWidth("min(560px, 95vw)");
        activation.setLabel(getTranslation("convention.activate.date"));
        activation.setHelperText(getTranslation("convention.activate.dateHelp"));
        activation.setValue(today);
        activation.setRequired(true);
        reason.setLabel(getTranslation("convention.activate.reason"));
        reason.setWidthFull();
        reason.setRequired(true);
        var content = new VerticalLayout(new Paragraph(getTranslation("convention.activate.explanation")), activation, reason);
        content.setPadding(false);
        add(content);
        var confirm = new Button(getTranslation("convention.activate.confirm"), e -> {
            if (onConfirm.activate(activation.getValue(), reason.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), confirm);
    }
}
