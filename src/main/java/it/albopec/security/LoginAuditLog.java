package it.albopec.security;

import it.albopec.base.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs logins, failures and logouts with the user name and address only: no other personal data. The typed user name
 * goes through {@link LogText}: a name with a line break cannot forge a log line.
 */
@Component
class LoginAuditLog {

    private static final Logger log = LoggerFactory.getLogger("it.albopec.login");

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        log.info("Login succeeded user={} from={}", LogText.of(event.getAuthentication().getName()), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        log.warn("Login failed user={} from={} reason={}", LogText.of(event.getAuthentication().getName()),
                address(event.getAuthentication().getDetails()), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        log.info("Logout user={}", LogText.of(event.getAuthentication().getName()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? LogText.of(web.getRemoteAddress()) : "-";
    }
}
