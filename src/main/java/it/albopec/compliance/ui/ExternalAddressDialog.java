package it.albopec.compliance.ui;

import static it.albopec.compliance.ui.ComplianceTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.compliance.ComplianceService;

/**
 * Any member of the Order found by codice fiscale, with their address outside the convention: the way to mark an
 * address invalid for a member who is not on the page (because that address still counts as valid).
 */
class ExternalAddressDialog extends Dialog {

    ExternalAddressDialog(ComplianceService compliance, Runnable onChange) {
        setHeaderTitle(t("compliance.address.title"));
        setWidth("min(48rem, 95vw)");
        var fiscalCode = new TextField(t("compliance.address.search"));
        fiscalCode.setMaxLength(16);
        var result = new VerticalLayout();
        result.setPadding(false);
        var find = new Button(t("compliance.address.find"), e -> {
            result.removeAll();
            compliance.memberByFiscalCode(fiscalCode.getValue()).ifPresentOrElse(
                    m -> result.add(new Paragraph(m.label()), new ExternalAddressForm(compliance, m.memberId(), true, onChange)),
                    () -> result.add(new Paragraph(t("compliance.error.notFound"))));
        });
        var search = new HorizontalLayout(fiscalCode, find);
        search.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(search, result);
        getFooter().add(new Button(t("compliance.action.close"), e -> close()));
    }
}
