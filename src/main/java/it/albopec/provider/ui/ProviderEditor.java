package it.albopec.provider.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.BeanFormEditor;
import it.albopec.provider.ProviderForm;

/** The fields of a provider, bound with Bean Validation. */
class ProviderEditor extends BeanFormEditor<ProviderForm> {

    ProviderEditor() {
        super(ProviderForm.class);
        var name = new TextField(getTranslation("provider.field.name"));
        var portal = new TextField(getTranslation("provider.field.portalUrl"));
        portal.setHelperText(getTranslation("provider.field.urlHelp"));
        var customerArea = new TextField(getTranslation("provider.field.customerAreaUrl"));
        customerArea.setHelperText(getTranslation("provider.field.urlHelp"));
        var login = new TextField(getTranslation("provider.field.loginPattern"));
        login.setHelperText(getTranslation("provider.field.loginPatternHelp"));
        var fax = new TextField(getTranslation("provider.field.signedFormFax"));
        fax.setHelperText(getTranslation("provider.field.signedFormFaxHelp"));
        var phones = new TextArea(getTranslation("provider.field.helpdeskPhones"));
        phones.setHelperText(getTranslation("provider.field.helpdeskPhonesHelp"));
        var free = new TextArea(getTranslation("provider.field.freeHelpdeskPhones"));
        free.setHelperText(getTranslation("provider.field.freeHelpdeskPhonesHelp"));

        binder.forField(name).bind("name");
        binder.forField(portal).bind("portalUrl");
        binder.forField(customerArea).bind("customerAreaUrl");
        binder.forField(login).bind("loginPattern");
        binder.forField(fax).bind("signedFormFax");
        binder.forField(phones).bind("helpdeskPhones");
        binder.forField(free).bind("freeHelpdeskPhones");

        getContent().add(name, portal, customerArea, login, fax, phones, free);
        getContent().setColspan(phones, 2);
        getContent().setColspan(free, 2);
    }
}
