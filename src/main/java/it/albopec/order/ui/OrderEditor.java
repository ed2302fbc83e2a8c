package it.albopec.order.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.BeanFormEditor;
import it.albopec.order.OrderForm;

/** The fields of an Order, bound with Bean Validation; the view decides what to do with the result. */
class OrderEditor extends BeanFormEditor<OrderForm> {

    private final TextField provinceCode = new TextField(getTranslation("order.field.provinceCode"));

    OrderEditor(boolean creating) {
        super(OrderForm.class);
        var name = new TextField(getTranslation("order.field.name"));
        var nameDe = new TextField(getTranslation("order.field.nameDe"));
        var address = new TextField(getTranslation("order.field.address"));
        var phone = new TextField(getTranslation("order.field.phone"));
        var fax = new TextField(getTranslation("order.field.fax"));
        var taxCode = new TextField(getTranslation("order.field.taxCode"));
        var website = new TextField(getTranslation("order.field.website"));
        var email = new EmailField(getTranslation("order.field.generalEmail"));
        var otherEmails = new TextArea(getTranslation("order.field.otherEmails"));
        otherEmails.setHelperText(getTranslation("order.field.otherEmailsHelp"));
        var pec = new TextArea(getTranslation("order.field.pecAddresses"));
        pec.setHelperText(getTranslation("order.field.pecAddressesHelp"));
        var languages = new CheckboxGroup<String>(getTranslation("order.field.languages"));
        languages.setItems(List.of("it", "de", "en"));
        languages.setItemLabelGenerator(l -> getTranslation("order.language." + l));
        provinceCode.setMaxLength(2);
        provinceCode.setReadOnly(!creating);
        provinceCode.setHelperText(getTranslation("order.field.provinceCodeHelp"));

        binder.forField(provinceCode).bind("provinceCode");
        binder.forField(name).bind("name");
        binder.forField(nameDe).bind("nameDe");
        binder.forField(address).bind("address");
        binder.forField(phone).bind("phone");
        binder.forField(fax).bind("fax");
        binder.forField(taxCode).bind("taxCode");
        binder.forField(website).bind("website");
        binder.forField(email).bind("generalEmail");
        binder.forField(pec).bind("pecAddresses");
        binder.forField(otherEmails).bind("otherEmails");
        binder.forField(languages).bind("languages");

        getContent().add(provinceCode, name, nameDe, address, phone, fax, taxCode, website, email, languages, otherEmails, pec);
        getContent().setColspan(name, 2);
        getContent().setColspan(nameDe, 2);
        getContent().setColspan(address, 2);
        getContent().setColspan(pec, 2);
        getContent().setColspan(otherEmails, 2);
    }
}
