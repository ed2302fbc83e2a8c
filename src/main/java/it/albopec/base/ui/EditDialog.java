package it.albopec.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A form in a dialog: Save hands the valid form to the caller's typed callback, which says whether the dialog is
 * done; Cancel closes it. Pages subclass it for dialogs with more than the editor, or use it as it is.
 *
 * @param <F> the form
 */
public class EditDialog<F> extends Dialog {

    /** Saves the form; true when the dialog is done (saved, or to be reloaded after someone else's change). */
    @FunctionalInterface
    public interface Save<F> {
        boolean save(F form);
    }

    /**
     * @param editor a component showing the form's fields
     * @param width  CSS width, e.g. "min(900px, 95vw)"
     */
    public <E extends Component & FormEditor<F>> EditDialog(String title, String width, E editor, F form, Save<F> save) {
        setHeaderTitle(title);
        setWidth(width);
        editor.read(form);
        add(editor);
        var saveButton = new Button(getTranslation("base.save"), e -> {
            if (editor.write(form) && save.save(form)) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), saveButton);
    }

    /**
     * Runs a save through {@link UserFeedback}: done when it succeeded, and also when someone else changed the record
     * meanwhile (nothing is overwritten; {@code refresh} shows their version). A refusal keeps the dialog open.
     *
     * @param refresh run after a save or a conflict, e.g. to reload the list behind the dialog
     */
    public static boolean attempt(Runnable action, Runnable refresh) {
        var outcome = new Object() {
            boolean conflict;
        };
        boolean saved = UserFeedback.attempt(action, () -> outcome.conflict = true);
        if (saved || outcome.conflict) {
            refresh.run();
            return true;
        }
        return false;
    }
}
