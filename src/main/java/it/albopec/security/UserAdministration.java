package it.albopec.security;

import java.security.SecureRandom;
import java.time.Clock;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The users of an Order, managed by its ADMIN, and the first ADMIN of a new Order, created by the operator.
 * Every method that takes an id checks that the user belongs to the caller's Order: another Order's user is
 * "not found".
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    UserAdministration(AppUserRepository users, PasswordEncoder encoder, CurrentUser currentUser,
                       SessionRegistry sessions, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public Page<UserSummary> orderStaff(Pageable pageable) {
        return users.findByOrderIdAndRoleIn(currentUser.requireOrderId(), AppRoles.ORDER_STAFF, pageable).map(AppUser::toSummary);
    }

    @PreAuthorize(AppRoles.IS_ORDER_STAFF)
    public long countOrderStaff() {
        return users.countByOrderIdAndRoleIn(currentUser.requireOrderId(), AppRoles.ORDER_STAFF);
    }

    /** Creates a staff user of the caller's Order and returns the temporary password to hand over. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public CreatedUser createStaffUser(@Valid NewUser user) {
        if (!AppRoles.ORDER_STAFF.contains(user.role())) {
            throw new ServiceException("security.users.error.role");
        }
        String password = temporaryPassword();
        AppUser saved = insert(user, password, currentUser.requireOrderId());
        return new CreatedUser(saved.toSummary(), password);
    }

    /** The operator creates the first ADMIN of an Order with the password the operator chose. */
    @PreAuthorize(AppRoles.IS_OPERATOR)
    @Transactional
    public UserSummary createFirstAdmin(long orderId, @Valid NewUser user, String password) {
        if (password == null || password.length() < 10) {
            throw new ServiceException("security.users.error.passwordShort", 10);
        }
        return insert(new NewUser(user.username(), user.displayName(), user.email(), AppRoles.ADMIN), password, orderId).toSummary();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public UserSummary setEnabled(long userId, long expectedVersion, boolean enabled) {
        AppUser user = ownStaff(userId);
        checkVersion(user, expectedVersion);
        if (!enabled && user.getUsername().equals(currentUser.username().orElse(null))) {
            throw new ServiceException("security.users.error.disableSelf");
        }
        user.setEnabled(enabled);
        users.flush();
        if (!enabled) {
            endSessions(user.getUsername());
        }
        log.info("User {} {} by {}", user.getUsername(), enabled ? "enabled" : "disabled", currentUser.usernameOrSystem());
        audited(user, enabled ? "enabled" : "disabled", new StaffUserChanged.Field("enabled", String.valueOf(!enabled), String.valueOf(enabled)));
        return user.toSummary();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public String resetPassword(long userId) {
        AppUser user = ownStaff(userId);
        String password = temporaryPassword();
        user.setPasswordHash(encoder.encode(password));
        endSessions(user.getUsername());
        log.info("Password of {} reset by {}", user.getUsername(), currentUser.usernameOrSystem());
        audited(user, "password-reset");
        return password;
    }

    @PreAuthorize(AppRoles.IS_OPERATOR)
    public long countOrderAdmins(long orderId) {
        return users.countByOrderIdAndRoleIn(orderId, java.util.List.of(AppRoles.ADMIN));
    }

    /** Start-up of a production installation: the first operator account, if there is none yet. */
    @Transactional
    public boolean createOperatorIfNone(String username, String password) {
        if (users.countByRole(AppRoles.OPERATOR) > 0) {
            return false;
        }
        users.save(new AppUser(username, encoder.encode(password), "Operatore", null, AppRoles.OPERATOR, null, clock.instant()));
        log.info("First operator account {} created", username);
        return true;
    }

    /** Demo data: creates the user unless it exists. */
    @Transactional
    void ensureUser(String username, String password, String displayName, String role, Long orderId) {
        if (!users.existsByUsername(username)) {
            users.save(new AppUser(username, encoder.encode(password), displayName, null, role, orderId, clock.instant()));
        }
    }

    private AppUser insert(NewUser user, String password, Long orderId) {
        String username = user.username().trim();
        if (users.existsByUsername(username)) {
            throw new ServiceException("security.users.error.usernameTaken", username);
        }
        AppUser saved = users.save(new AppUser(username, encoder.encode(password), user.displayName().trim(),
                blankToNull(user.email()), user.role(), orderId, clock.instant()));
        log.info("User {} with role {} created by {}", username, user.role(), currentUser.usernameOrSystem());
        audited(saved, "created", new StaffUserChanged.Field("username", null, saved.getUsername()),
                new StaffUserChanged.Field("displayName", null, saved.getDisplayName()), new StaffUserChanged.Field("email", null, saved.getEmail()),
                new StaffUserChanged.Field("role", null, saved.getRole()));
        return saved;
    }

    /** Tells the audit trail of the user's Order (none for the operator's own account). */
    private void audited(AppUser user, String action, StaffUserChanged.Field... fields) {
        if (user.getOrderId() != null) {
            events.publishEvent(new StaffUserChanged(user.getOrderId(), user.getId(), action,
                    java.util.Arrays.stream(fields).filter(f -> !java.util.Objects.equals(f.before(), f.after())).toList()));
        }
    }

    private AppUser ownStaff(long userId) {
        return users.findByIdAndOrderId(userId, currentUser.requireOrderId())
                .filter(u -> AppRoles.ORDER_STAFF.contains(u.getRole()))
                .orElseThrow(NotFoundException::new);
    }

    private static void checkVersion(AppUser user, long expectedVersion) {
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, user.getId());
        }
    }

    private void endSessions(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AppUserPrincipal p && p.getUsername().equals(username)) {
                sessions.getAllSessions(p, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private static String temporaryPassword() {
        var sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A new user; the password is never part of it. */
    public record NewUser(
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(min = 3, max = 100)
            @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) @it.albopec.base.PlainText String displayName,
            @jakarta.validation.constraints.Email @jakarta.validation.constraints.Size(max = 254) @it.albopec.base.PlainText String email,
            @jakarta.validation.constraints.NotBlank String role) {}

    /** The created user and the temporary password, shown once to the ADMIN who hands it over. */
    public record CreatedUser(UserSummary user, String temporaryPassword) {}
}
