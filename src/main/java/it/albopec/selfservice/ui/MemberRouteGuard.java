package it.albopec.selfservice.ui;

import java.util.Arrays;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;

/**
 * A member belongs on their own page: whatever URL a signed-in member opens (the dashboard after login, a staff page,
 * a typed address), they land on {@code /me}, unless the page is open to anyone (login, password pages) or made for
 * members. Staff pages also refuse members by their roles; this makes the way back obvious.
 */
@Component
class MemberRouteGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    MemberRouteGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        if (!currentUser.hasRole(AppRoles.MEMBER)) {
            return;
        }
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        if (roles != null && Arrays.asList(roles.value()).contains(AppRoles.MEMBER)) {
            return;
        }
        event.forwardTo(MeView.class);
    }
}
