package it.albopec.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Username and password login, refused while the account or the client address is locked by {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = LoginThrottle.accountKey(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? LoginThrottle.addressKey(details.getRemoteAddress()) : null;
        var locked = address == null ? throttle.lockedUntil(account) : throttle.lockedUntil(account, address);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
