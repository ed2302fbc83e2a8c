package it.albopec.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/**
 * A form's fields in a {@link FormLayout}, bound to the form with Bean Validation: a subclass lays out and binds its
 * fields; reading and writing the form is the same for every form.
 *
 * @param <F> the form, a mutable bean
 */
public abstract class BeanFormEditor<F> extends Composite<FormLayout> implements FormEditor<F> {

    protected final BeanValidationBinder<F> binder;

    protected BeanFormEditor(Class<F> formType) {
        binder = new BeanValidationBinder<>(formType);
    }

    @Override
    public void read(F form) {
        binder.readBean(form);
    }

    /** Writes the fields into the form if they are valid; false shows the errors beside the fields. */
    @Override
    public boolean write(F form) {
        return binder.writeBeanIfValid(form);
    }
}
