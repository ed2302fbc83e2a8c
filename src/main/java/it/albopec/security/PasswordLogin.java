package it.albopec.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of the login form. The password is checked BEFORE the account's state (disabled, locked): a
 * disabled account with a wrong password is refused exactly like an enabled one (same answer, one hash computed), and
 * an unknown user name costs one hash too (Spring's timing protection), so neither the answer nor its timing tells
 * whether an account exists or is disabled. Only the right password of a disabled account learns that it is disabled.
 */
final class PasswordLogin {

    private PasswordLogin() {}

    static DaoAuthenticationProvider provider(UserDetailsService users, PasswordEncoder encoder) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> { }); // nothing before the password...
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker()); // ...disabled, locked, expired after it
        return passwords;
    }
}
