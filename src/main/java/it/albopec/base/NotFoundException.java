package it.albopec.base;

/**
 * Thrown when a record does not exist <em>for the current user</em>: another Order's record is reported
 * exactly like a missing one, so that nothing leaks about it.
 */
public class NotFoundException extends ServiceException {

    public NotFoundException() {
        super("base.error.notFound");
    }
}
