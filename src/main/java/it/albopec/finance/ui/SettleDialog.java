package it.albopec.finance.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.finance.Settlement;

/**
 * Records a payment (day and reference) or a waiver (reason) for one or many charges; hands the settlement to the
 * caller and closes. The service says what was refused and why.
 */
class SettleDialog extends Dialog {

    private final DatePicker paidOn = new DatePicker();
    private final TextField reference = new TextField();
    private final TextArea reason = new TextArea();

    SettleDialog(boolean payment, int count, LocalDate today, Consumer<Settlement> onSave) {
        setHeaderTitle(FinanceTexts.t(payment ? "finance.settle.paidTitle" : "finance.settle.waiveTitle", count));
        var form = new FormLayout();
        if (payment) {
            paidOn.setLabel(FinanceTexts.t("finance.settle.paidOn"));
            paidOn.setValue(today);
            paidOn.setMax(today);
            paidOn.setLocale(FinanceTexts.locale());
            paidOn.setRequiredIndicatorVisible(true);
            reference.setLabel(FinanceTexts.t("finance.settle.reference"));
            reference.setMaxLength(100);
            reference.setHelperText(FinanceTexts.t("finance.settle.referenceHelp"));
            form.add(paidOn, reference);
        } else {
            reason.setLabel(FinanceTexts.t("finance.settle.reason"));
            reason.setMaxLength(500);
            reason.setRequired(true);
            form.add(reason);
        }
        add(new Paragraph(FinanceTexts.t("finance.settle.onlyDue")), form);
        var save = new Button(FinanceTexts.t(payment ? "finance.action.markPaid" : "finance.action.waive"), e -> {
            if (payment && paidOn.getValue() == null) {
                paidOn.setInvalid(true);
                paidOn.setErrorMessage(FinanceTexts.t("finance.error.paidOnRequired"));
                return;
            }
            onSave.accept(payment ? new Settlement.Paid(paidOn.getValue(), reference.getValue())
                    : new Settlement.Waived(reason.getValue()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("settle-save");
        getFooter().add(new Button(FinanceTexts.t("finance.cancel"), e -> close()), save);
    }
}
