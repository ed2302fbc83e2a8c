package it.albopec.member.ui;

import it.albopec.base.ui.EditDialog;
import it.albopec.member.MemberForm;

/** The member editor in a dialog: Save hands the valid form to the caller, which says whether the dialog may close. */
class MemberEditorDialog extends EditDialog<MemberForm> {

    /** @param save saves the form and answers true when the dialog is done (saved, or to be reloaded after a conflict) */
    MemberEditorDialog(String title, MemberForm form, Save<MemberForm> save) {
        super(title, "min(900px, 95vw)", new MemberEditor(), form, save);
    }
}
