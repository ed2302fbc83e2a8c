package it.albopec.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that tells who is signed in and which Order they belong to. Every service scopes its
 * queries by {@link #requireOrderId()}; a user without an Order (the operator) is refused there, so the
 * operator can never reach member data.
 */
@Component
public class CurrentUser {

    /** The Order of the signed-in staff user; refuses anyone without one. */
    public long requireOrderId() {
        return principal().map(AppUserPrincipal::orderId)
                .orElseThrow(() -> new AccessDeniedException("No Order for the current user"));
    }

    /**
     * The register entry of the signed-in member: the only member whose data a MEMBER may ever read. Refuses
     * staff and anyone else, so a member-scoped service can never be turned on another member by an id.
     */
    public long requireMemberId() {
        return principal().filter(p -> AppRoles.MEMBER.equals(p.role())).map(AppUserPrincipal::memberId)
                .orElseThrow(() -> new AccessDeniedException("Not a member"));
    }

    public Optional<Long> orderId() {
        return principal().map(AppUserPrincipal::orderId);
    }

    public Optional<String> username() {
        return principal().map(AppUserPrincipal::getUsername);
    }

    /** The user name for audit records and logs; "system" for scheduled jobs. */
    public String usernameOrSystem() {
        return username().orElse("system");
    }

    public Optional<String> role() {
        return principal().map(AppUserPrincipal::role);
    }

    public boolean hasRole(String role) {
        return role().filter(role::equals).isPresent();
    }

    private static Optional<AppUserPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }
}
