package it.albopec.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import it.albopec.base.ServiceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a user's action and tells the outcome in the user's language: a broken rule with its reason, a
 * concurrent change with the offer to reload (nothing is ever silently overwritten), a refusal.
 */
public final class UserFeedback {

    private UserFeedback() {}

    /**
     * @param action     what the user asked for
     * @param onConflict what to do when someone else changed the same record meanwhile (usually: reload)
     * @return true when the action succeeded
     */
    public static boolean attempt(Runnable action, Runnable onConflict) {
        try {
            action.run();
            return true;
        } catch (ServiceException e) {
            error(translate(e.messageKey(), e.arguments()));
        } catch (OptimisticLockingFailureException e) {
            error(translate("base.error.conflict"));
            onConflict.run();
        } catch (AccessDeniedException e) {
            error(translate("base.error.denied"));
        }
        return false;
    }

    public static void error(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        var notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String translate(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
