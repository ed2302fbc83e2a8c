package it.albopec.compliance.ui;

import static it.albopec.compliance.ui.ComplianceTexts.date;
import static it.albopec.compliance.ui.ComplianceTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.UserFeedback;
import it.albopec.compliance.ComplianceService;
import it.albopec.compliance.ExternalAddress;
import it.albopec.compliance.InvalidReason;

/**
 * The PEC address a member holds outside the convention: what is recorded, and for ADMIN the two things that happen
 * to it: the member communicates a (new) valid address, or a message bounced or the address was reported closed.
 */
class ExternalAddressForm extends VerticalLayout {

    private final ComplianceService compliance;
    private final long memberId;
    private final boolean canAct;
    private final Runnable onChange;

    ExternalAddressForm(ComplianceService compliance, long memberId, boolean canAct, Runnable onChange) {
        this.compliance = compliance;
        this.memberId = memberId;
        this.canAct = canAct;
        this.onChange = onChange;
        setPadding(false);
        addClassName("external-address");
        render();
    }

    private void render() {
        removeAll();
        var current = compliance.externalAddress(memberId);
        add(new Paragraph(current.map(a -> t("compliance.address.current", a.address(),
                a.valid() ? t("compliance.address.valid") : t("compliance.address.invalid", date(a.invalidSince()))))
                .orElse(t("compliance.address.none"))));
        if (!canAct) {
            return;
        }
        var address = new TextField(t("compliance.address.address"));
        address.setWidth("20em");
        var record = new Button(t("compliance.address.recordValid"), e -> {
            if (UserFeedback.attempt(() -> compliance.recordExternalPec(memberId, address.getValue()), this::render)) {
                UserFeedback.success(t("compliance.saved"));
                onChange.run();
            }
        });
        var form = new HorizontalLayout(address, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
        current.filter(ExternalAddress::valid).ifPresent(this::invalidForm);
    }

    private void invalidForm(ExternalAddress valid) {
        var why = new Select<InvalidReason>();
        why.setLabel(t("compliance.address.reason"));
        why.setItems(InvalidReason.values());
        why.setItemLabelGenerator(r -> t("compliance.invalid." + r.name()));
        var note = new TextField(t("compliance.address.note"));
        note.setMaxLength(500);
        var mark = new Button(t("compliance.address.markInvalid"), e -> {
            if (UserFeedback.attempt(() -> compliance.markExternalPecInvalid(memberId, valid.version(), why.getValue(), note.getValue()),
                    this::render)) {
                UserFeedback.success(t("compliance.saved"));
                onChange.run();
                render();
            }
        });
        var form = new HorizontalLayout(why, note, mark);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
    }
}
