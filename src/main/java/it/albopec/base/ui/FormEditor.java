package it.albopec.base.ui;

/**
 * A form's fields on screen: shows a form and, when the input is valid, writes it back into the form.
 *
 * @param <F> the form, a mutable bean bound to the fields
 */
public interface FormEditor<F> {

    void read(F form);

    /** @return false when some input is invalid (the fields then say why); the form is unchanged */
    boolean write(F form);
}
