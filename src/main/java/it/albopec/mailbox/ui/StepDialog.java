package it.albopec.mailbox.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

/** Asks for the day a step happened (today by default, never in the future) and any extra fields, then runs it. */
class StepDialog extends Dialog {

    private final DatePicker day = new DatePicker();
    private final FormLayout form = new FormLayout();

    StepDialog(String title, String explanation, Consumer<LocalDate> onConfirm, Component... extraFields) {
        setHeaderTitle(title);
        day.setLabel(getTranslation("mailbox.step.date"));
        day.setValue(LocalDate.now());
        day.setMax(LocalDate.now());
        day.setRequired(true);
        day.setLocale(getLocale());
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        form.add(day);
        form.add(extraFields);
        add(form);
        var confirm = new Button(getTranslation("mailbox.step.confirm"), e -> {
            if (day.getValue() == null || day.isInvalid()) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("base.required"));
                return;
            }
            onConfirm.accept(day.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), confirm);
    }
}
