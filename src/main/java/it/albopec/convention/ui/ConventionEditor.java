package it.albopec.convention.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.BeanFormEditor;
import it.albopec.convention.ConventionCode;
import it.albopec.convention.ConventionForm;
import it.albopec.convention.Payer;
import it.albopec.convention.PaymentMethod;
import it.albopec.provider.ProviderDetails;

/** The fields of a convention, bound with Bean Validation; the view decides what to do with the result. */
class ConventionEditor extends BeanFormEditor<ConventionForm> {

    private final CheckboxGroup<PaymentMethod> methods = new CheckboxGroup<>();
    private final EmailField testMessageAddress = new EmailField();

    ConventionEditor(List<ProviderDetails> providers) {
        super(ConventionForm.class);
        var code = new TextField(text("convention.field.code"));
        code.setHelperText(text("convention.field.codeHelp"));
        code.setMaxLength(13);
        Map<Long, String> providerNames = providers.stream().collect(Collectors.toMap(ProviderDetails::id, ProviderDetails::name));
        var provider = new Select<Long>();
        provider.setLabel(text("convention.field.provider"));
        provider.setItems(providerNames.keySet());
        provider.setItemLabelGenerator(id -> providerNames.getOrDefault(id, ""));
        var fee = new BigDecimalField(text("convention.field.fee"));
        fee.setHelperText(text("convention.field.feeHelp"));
        fee.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        var term = new IntegerField(text("convention.field.termMonths"));
        term.setHelperText(text("convention.field.termMonthsHelp"));
        var payer = new RadioButtonGroup<Payer>(text("convention.field.payer"));
        payer.setItems(Payer.values());
        payer.setItemLabelGenerator(p -> text("convention.payer." + p));
        methods.setLabel(text("convention.field.paymentMethods"));
        methods.setItems(PaymentMethod.values());
        methods.setItemLabelGenerator(m -> text("convention.method." + m) + " — "
                + (m.activatesInRealTime() ? text("convention.rule.effectOnline") : text("convention.rule.effectOffline")));
        methods.setHelperText(text("convention.field.paymentMethodsHelp"));
        var signedForm = new Checkbox(text("convention.field.signedFormAndIdRequired"));
        var testMessage = new Checkbox(text("convention.field.testMessageRequired"));
        testMessageAddress.setLabel(text("convention.field.testMessageAddress"));
        var leadTime = new IntegerField(text("convention.field.leadTimeDays"));
        leadTime.setHelperText(text("convention.field.leadTimeDaysHelp"));
        var passwordMin = new IntegerField(text("convention.field.passwordMinLength"));
        var passwordMax = new IntegerField(text("convention.field.passwordMaxLength"));
        var alphanumeric = new Checkbox(text("convention.field.passwordAlphanumeric"));
        var passwordExample = new TextField(text("convention.field.passwordExample"));
        var consents = new TextArea(text("convention.field.consents"));
        consents.setHelperText(text("convention.field.consentsHelp"));
        var oneMailbox = new Checkbox(text("convention.field.oneMailboxPerMember"));
        var leaving = new Checkbox(text("convention.field.mailboxDeactivatedOnLeaving"));
        var renewalDays = new IntegerField(text("convention.field.renewalDaysAfterExpiry"));
        renewalDays.setHelperText(text("convention.field.renewalDaysAfterExpiryHelp"));
        var viewable = new TextField(text("convention.field.expiredViewableWords"));
        viewable.setHelperText(text("convention.field.expiredViewableWordsHelp"));
        var afterExpiry = new TextArea(text("convention.field.afterExpiryWords"));
        var offlineDays = new IntegerField(text("convention.field.offlineActivationDays"));
        var offlineWorking = new Checkbox(text("convention.field.workingDays"));
        var offlineWords = new TextField(text("convention.field.activationWords"));
        offlineWords.setHelperText(text("convention.field.activationWordsHelp"));
        var documentsDays = new IntegerField(text("convention.field.documentsActivationDays"));
        var documentsWorking = new Checkbox(text("convention.field.workingDays"));
        var documentsWords = new TextField(text("convention.field.activationWords"));
        documentsWords.setHelperText(text("convention.field.activationWordsHelp"));
        var validFrom = new DatePicker(text("convention.field.validFrom"));
        var validUntil = new DatePicker(text("convention.field.validUntil"));
        validUntil.setHelperText(text("convention.field.validUntilHelp"));

        binder.forField(code).asRequired(text("base.required"))
                .withValidator(ConventionCode::isWellFormed, text("convention.validation.code")).bind("code");
        binder.forField(provider).asRequired(text("base.required")).bind("providerId");
        binder.forField(fee).bind("fee");
        binder.forField(term).asRequired(text("base.required")).bind("termMonths");
        binder.forField(payer).asRequired(text("base.required")).bind("payer");
        binder.forField(methods).bind("paymentMethods");
        binder.forField(signedForm).bind("signedFormAndIdRequired");
        binder.forField(testMessage).bind("testMessageRequired");
        binder.forField(testMessageAddress).bind("testMessageAddress");
        binder.forField(leadTime).bind("leadTimeDays");
        binder.forField(passwordMin).bind("passwordMinLength");
        binder.forField(passwordMax).bind("passwordMaxLength");
        binder.forField(alphanumeric).bind("passwordAlphanumeric");
        binder.forField(passwordExample).bind("passwordExample");
        binder.forField(consents).bind("consents");
        binder.forField(oneMailbox).bind("oneMailboxPerMember");
        binder.forField(leaving).bind("mailboxDeactivatedOnLeaving");
        binder.forField(renewalDays).bind("renewalDaysAfterExpiry");
        binder.forField(viewable).bind("expiredViewableWords");
        binder.forField(afterExpiry).bind("afterExpiryWords");
        binder.forField(offlineDays).bind("offlineActivationDays");
        binder.forField(offlineWorking).bind("offlineActivationWorking");
        binder.forField(offlineWords).bind("offlineActivationWords");
        binder.forField(documentsDays).bind("documentsActivationDays");
        binder.forField(documentsWorking).bind("documentsActivationWorking");
        binder.forField(documentsWords).bind("documentsActivationWords");
        binder.forField(validFrom).bind("validFrom");
        binder.forField(validUntil).bind("validUntil");

        // when the Order pays there is nothing for the member to choose
        payer.addValueChangeListener(e -> methods.setEnabled(e.getValue() != Payer.ORDER));
        testMessage.addValueChangeListener(e -> testMessageAddress.setEnabled(e.getValue()));

        var form = getContent();
        form.add(code, provider, fee, term, payer, methods,
                new H4(text("convention.section.requirements")), signedForm, testMessage, testMessageAddress, leadTime,
                new H4(text("convention.section.password")), passwordMin, passwordMax, alphanumeric, passwordExample,
                new H4(text("convention.section.member")), consents, oneMailbox, leaving,
                new H4(text("convention.section.activation")), offlineDays, offlineWorking, offlineWords,
                documentsDays, documentsWorking, documentsWords,
                new H4(text("convention.section.afterExpiry")), renewalDays, viewable, afterExpiry,
                new H4(text("convention.section.validity")), validFrom, validUntil);
        form.setColspan(payer, 2);
        form.setColspan(methods, 2);
        form.setColspan(consents, 2);
        form.setColspan(afterExpiry, 2);
        form.setColspan(offlineWords, 2);
        form.setColspan(documentsWords, 2);
        form.setColspan(testMessageAddress, 2);
        form.getChildren().filter(H4.class::isInstance).forEach(h -> form.setColspan(h, 2));
    }

    @Override
    public void read(ConventionForm form) {
        super.read(form);
        methods.setEnabled(form.getPayer() != Payer.ORDER);
        testMessageAddress.setEnabled(form.isTestMessageRequired());
    }

    private String text(String key, Object... args) {
        return getTranslation(key, args);
    }
}
