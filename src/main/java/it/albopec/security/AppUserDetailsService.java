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

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!isPossibleUsername(username)) {
            // the database collation ignores some control characters: "admin\0.po" must not find admin.po
            throw new UsernameNotFoundException("unknown user");
        }
        return users.findByUsername(username.trim())
                // the collation also ignores invisible characters (a zero-width space): the name must be the same
                .filter(user -> user.getUsername().equalsIgnoreCase(username.trim()))
                .map(AppUserPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** Whether a typed login could be a user name at all: short, and plain text (no control characters, valid Unicode). */
    static boolean isPossibleUsername(String username) {
        return username != null && username.length() <= 100 && PlainText.Validator.isPlain(username, false);
    }
}
