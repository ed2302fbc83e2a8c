package it.albopec.security;

import it.albopec.base.PlainText;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AppUserDetailsService(AppUserRepository users, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!isPossibleUsername(username)) {
            // the database collation ignores some control characters: "admin\0.po" must not find admin.po
            throw new UsernameNotFoundException("unknown user");
        }
        String name = LoginName.normalize(username);
        return users.findByUsername(name)
                // the collation also ignores invisible characters (a zero-width space): the name must be the same
                .filter(user -> user.getUsername().equalsIgnoreCase(name))
                .map(user -> new AppUserPrincipal(user, !AppRoles.MEMBER.equals(user.getRole()) || stillOnTheRegister(user)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /**
     * A member signs in only while on the register of their Order (active or suspended): a member transferred, struck off
     * or deceased is refused even if the event that closes their account was missed (e.g. a status changed by an import).
     */
    private boolean stillOnTheRegister(AppUser user) {
        return jdbc.queryForList("SELECT status FROM member WHERE id = ? AND order_id = ?", String.class, user.getMemberId(), user.getOrderId())
                .stream().anyMatch(status -> status.equals("ACTIVE") || status.equals("SUSPENDED"));
    }

    /** Whether a typed login could be a user name at all: short, and plain text (no control characters, valid Unicode). */
    static boolean isPossibleUsername(String username) {
        return username != null && username.length() <= 100 && PlainText.Validator.isPlain(username, false);
    }
}
