package it.albopec.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import it.albopec.security.PasswordChange;
import org.springframework.stereotype.Component;

/**
 * A user signed in with a temporary password (one an ADMIN or the operator chose, or the operator's bootstrap
 * password) reaches no page but {@link ChangePasswordView} until they have chosen their own: nobody else keeps a
 * working login to their account.
 */
@Component
class TemporaryPasswordGate implements VaadinServiceInitListener {

    private final PasswordChange passwords;

    TemporaryPasswordGate(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && passwords.mustChangePassword()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
