package it.albopec.member.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import it.albopec.base.ui.BeanFormEditor;
import it.albopec.member.Birthplace;
import it.albopec.member.Birthplaces;
import it.albopec.member.MemberForm;
import it.albopec.member.Sex;

/**
 * The fields of a member, bound with Bean Validation; the codice fiscale is checked as it is typed and can fill
 * in sex, birth date and birthplace. The rules between fields (the code must agree with the person) are the
 * service's, which refuses with a reason.
 */
class MemberEditor extends BeanFormEditor<MemberForm> {

    private final TextField fiscalCode = new TextField(getTranslation("member.field.fiscalCode"));
    private final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>(getTranslation("member.field.sex"));
    private final DatePicker birthDate = new DatePicker(getTranslation("member.field.birthDate"));
    private final ComboBox<Birthplace> birthplace = new ComboBox<>(getTranslation("member.field.birthplace"));

    MemberEditor() {
        super(MemberForm.class);
        var surname = new TextField(getTranslation("member.field.surname"));
        var givenName = new TextField(getTranslation("member.field.givenName"));
        var email = new EmailField(getTranslation("member.field.email"));
        var phone = new TextField(getTranslation("member.field.phone"));
        var mediciNumber = new TextField(getTranslation("member.field.mediciChirurghiNumber"));
        var mediciDate = new DatePicker(getTranslation("member.field.mediciChirurghiDate"));
        var odontoiatriNumber = new TextField(getTranslation("member.field.odontoiatriNumber"));
        var odontoiatriDate = new DatePicker(getTranslation("member.field.odontoiatriDate"));
        sex.setItems(List.of(Sex.values()));
        sex.setItemLabelGenerator(s -> getTranslation("member.sex." + s.name()));
        fiscalCode.setMaxLength(20);
        // names in any case, with or without accents, German names of South Tyrol, countries, Belfiore codes (issue 11)
        birthplace.setItems(query -> Birthplaces.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> Birthplaces.count(query.getFilter().orElse("")));
        birthplace.setItemLabelGenerator(Birthplace::label);
        birthplace.setHelperText(getTranslation("member.form.birthplaceHelp"));
        birthplace.setAllowCustomValue(true);
        birthplace.addCustomValueSetListener(e -> pickWritten(e.getDetail()));
        var fill = new Button(getTranslation("member.form.fillFromCode"), VaadinIcon.MAGIC.create(), e -> fillFromCode());
        fill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        binder.forField(fiscalCode).withValidator((value, context) -> value == null || value.isBlank()
                ? ValidationResult.ok()
                : FiscalCode.problem(value).map(key -> ValidationResult.error(getTranslation(key, FiscalCode.normalize(value))))
                        .orElse(ValidationResult.ok())).bind("fiscalCode");
        binder.forField(surname).bind("surname");
        binder.forField(givenName).bind("givenName");
        binder.forField(sex).bind("sex");
        binder.forField(birthDate).bind("birthDate");
        binder.forField(birthplace).withConverter((Birthplace p) -> p == null ? null : p.code(),
                (String code) -> Birthplaces.byCode(code).orElse(null)).bind("birthplace");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(mediciNumber).bind("mediciChirurghiNumber");
        binder.forField(mediciDate).bind("mediciChirurghiDate");
        binder.forField(odontoiatriNumber).bind("odontoiatriNumber");
        binder.forField(odontoiatriDate).bind("odontoiatriDate");

        var sectionsHelp = new Paragraph(getTranslation("member.form.sectionsHelp"));
        getContent().add(fiscalCode, fill, surname, givenName, sex, birthDate, birthplace, email, phone, sectionsHelp,
                mediciNumber, mediciDate, odontoiatriNumber, odontoiatriDate);
        getContent().setColspan(sectionsHelp, 2);
    }

    /** Sex, birth date and birthplace as the codice fiscale says them. */
    private void fillFromCode() {
        var problem = FiscalCode.problem(fiscalCode.getValue());
        if (problem.isPresent()) {
            fiscalCode.setInvalid(true);
            fiscalCode.setErrorMessage(getTranslation(problem.get(), FiscalCode.normalize(fiscalCode.getValue())));
            return;
        }
        FiscalCode code = FiscalCode.parse(fiscalCode.getValue());
        fiscalCode.setValue(code.value());
        sex.setValue(Sex.of(code.isFemale()));
        birthDate.setValue(code.birthDate());
        birthplace.setValue(Birthplaces.byCode(code.birthplaceCode()).orElse(null));
    }

    /**
     * A birthplace typed and not picked from the list ("FORLI'", "Bozen", "Castro"): the one place it names, or the one
     * of several that the codice fiscale indicates; otherwise the field says why.
     */
    private void pickWritten(String written) {
        try {
            List<Birthplace> places = FiscalCode.isValid(fiscalCode.getValue())
                    ? List.of(Birthplaces.resolve(written, null, FiscalCode.parse(fiscalCode.getValue())))
                    : Birthplaces.named(written, null);
            if (places.size() > 1) {
                showBirthplaceError(getTranslation("member.form.birthplaceAmbiguous", written,
                        String.join(", ", places.stream().map(Birthplace::label).toList())));
                return;
            }
            birthplace.setValue(places.getFirst());
            birthplace.setErrorMessage(null);
            birthplace.setInvalid(false);
        } catch (ServiceException e) {
            showBirthplaceError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showBirthplaceError(String message) {
        birthplace.setErrorMessage(message);
        birthplace.setInvalid(true);
    }
}
