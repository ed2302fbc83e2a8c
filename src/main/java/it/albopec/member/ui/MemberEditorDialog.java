package it.albopec.member.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import it.albopec.member.MemberForm;

/** The member editor in a dialog: Save hands the valid form to the caller, which says whether the dialog may close. */
class MemberEditorDialog extends Dialog {

    /** @param save saves the form and answers true when the dialog is done (saved, or to be reloaded after a conflict) */
    MemberEditorDialog(String title, MemberForm form, Predicate<MemberForm> save) {
        setHeaderTitle(title);
        setWidth("min(900px, 95vw)");
        var editor = new MemberEditor();
        editor.read(form);
        add(editor);
        var saveButton = new Button(getTranslation("base.save"), e -> {
            if (editor.write(form) && save.test(form)) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), saveButton);
    }
}
