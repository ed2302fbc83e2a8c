package it.albopec.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it. Carries the Order id, so the tenant is known
 * without a query. Equality by user name, so that the session registry finds a user's sessions.
 */
final class AppUserPrincipal implements UserDetails {

    private final Long userId;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final String role;
    private final Long orderId;
    private final boolean enabled;
    private final Long memberId;
    private final boolean passwordTemporary;
    private final long securityStamp;

    AppUserPrincipal(AppUser user) {
        this(user, true);
    }

    /** @param mayUse false for a member no longer on the register: the account counts as disabled */
    AppUserPrincipal(AppUser user, boolean mayUse) {
        this.userId = user.getId();
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        this.orderId = user.getOrderId();
        this.enabled = user.isEnabled() && mayUse;
        this.memberId = user.getMemberId();
        this.passwordTemporary = user.isPasswordTemporary();
        this.securityStamp = user.getSecurityStamp();
    }

    Long userId() { return userId; }
    String displayName() { return displayName; }
    String role() { return role; }
    Long orderId() { return orderId; }
    Long memberId() { return memberId; }
    boolean passwordTemporary() { return passwordTemporary; }
    long securityStamp() { return securityStamp; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
