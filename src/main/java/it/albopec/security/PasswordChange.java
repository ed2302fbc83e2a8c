package it.albopec.security;

import it.albopec.base.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every signed-in user changes their own password: the current one, then a new one that follows {@link PasswordPolicy}.
 * A temporary password (one someone else chose) must be replaced this way before anything else can be done.
 */
@Service
public class PasswordChange {

    private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final SecurityStamps stamps;

    PasswordChange(AppUserRepository users, PasswordEncoder encoder, SecurityStamps stamps) {
        this.users = users;
        this.encoder = encoder;
        this.stamps = stamps;
    }

    /** Whether the signed-in user still has a temporary password and must choose their own first. */
    public boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AppUserPrincipal p && p.passwordTemporary();
    }

    /**
     * Replaces the signed-in user's password. Their other sessions end (on every node); this one goes on with the new
     * state, no longer temporary.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth.getPrincipal() instanceof AppUserPrincipal principal)) {
            throw new AccessDeniedException("Not a user of this application");
        }
        AppUser user = users.findById(principal.userId()).orElseThrow(() -> new AccessDeniedException("User gone"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new ServiceException("security.password.error.current");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new ServiceException("security.password.error.repeat");
        }
        if (newPassword.equals(currentPassword)) {
            throw new ServiceException("security.password.error.same");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.changePassword(encoder.encode(newPassword), false);
        users.flush();
        stamps.forget(user.getId());
        var updated = new AppUserPrincipal(user);
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        refreshed.setDetails(auth.getDetails());
        SecurityContextHolder.getContext().setAuthentication(refreshed); // the session's context: this session goes on
        log.info("Password of {} changed by its owner", user.getUsername());
    }
}
