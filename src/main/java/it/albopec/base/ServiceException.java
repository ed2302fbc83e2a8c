package it.albopec.base;

import java.util.Arrays;

/**
 * A refusal a user must understand: it carries a translation key and its arguments, and the view shows
 * it in the user's language. Services throw it for broken rules; nothing has been changed when it is thrown.
 */
public class ServiceException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ServiceException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
