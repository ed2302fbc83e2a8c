package it.albopec.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Too many failed logins for this account or this address: refused until {@link #until()}. */
public class LoginThrottledException extends LockedException {

    private final Instant until;

    LoginThrottledException(Instant until) {
        super("Too many failed logins; locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
