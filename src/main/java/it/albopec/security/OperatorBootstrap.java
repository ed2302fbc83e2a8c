package it.albopec.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A production installation starts with no users: the first operator account comes from
 * {@code ALBOPEC_OPERATOR_USERNAME} and {@code ALBOPEC_OPERATOR_PASSWORD} on first start.
 */
@Component
class OperatorBootstrap {

    private final UserAdministration users;
    private final String username;
    private final String password;

    OperatorBootstrap(UserAdministration users,
                      @Value("${albopec.operator.username:}") String username,
                      @Value("${albopec.operator.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstOperator() {
        if (!username.isBlank()) {
            if (password.length() < 12) {
                throw new IllegalStateException("ALBOPEC_OPERATOR_PASSWORD must have at least 12 characters");
            }
            users.createOperatorIfNone(username.trim(), password);
        }
    }
}
