package it.albopec.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' accounts: the user name is the codice fiscale; the password is set only by the member, through a
 * one-time code that the Order's ADMIN issues (sent by e-mail as a link, or printed in a letter) or that a password
 * reset sends. Codes are single-use and expire; only their SHA-256 is stored. Nothing anonymous tells whether a
 * codice fiscale has an account: a reset request for an unknown code looks exactly like one for a known code.
 */
@Service
@Transactional(readOnly = true)
public class MemberAccounts {

    private static final Logger log = LoggerFactory.getLogger(MemberAccounts.class);
    /** No 0/O, 1/I/L: a code read from a letter is typed without doubt. 16 of 31 symbols, about 79 bits. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Purpose { ACTIVATION, RESET }

    /** A code just issued: the only moment its clear text exists outside the member's e-mail or letter. */
    public record IssuedCode(long userId, long orderId, long memberId, String fiscalCode, String displayName, String email,
                             Purpose purpose, String code, Instant expiresAt, String language) {

        /** The code in groups of four, as printed and e-mailed. */
        public String groupedCode() {
            return code.replaceAll("(.{4})(?!$)", "$1-");
        }
    }

    /** A member's account as staff see it. */
    public record AccountState(long memberId, boolean activated, boolean enabled, Instant lastCodeIssuedAt,
                               Instant lastCodeExpiresAt, boolean lastCodeUsed) {}

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final Duration activationValidity;
    private final Duration resetValidity;
    private final Duration resetInterval;
    private final boolean demoData;

    MemberAccounts(AppUserRepository users, JdbcTemplate jdbc, PasswordEncoder encoder, CurrentUser currentUser,
                   SessionRegistry sessions, Clock clock,
                   @Value("${albopec.member.activation-validity:30d}") Duration activationValidity,
                   @Value("${albopec.member.reset-validity:1h}") Duration resetValidity,
                   @Value("${albopec.member.reset-interval:5m}") Duration resetInterval,
                   @Value("${albopec.demo-data:false}") boolean demoData) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
        this.activationValidity = activationValidity;
        this.resetValidity = resetValidity;
        this.resetInterval = resetInterval;
        this.demoData = demoData;
    }

    /**
     * Issues an activation code for a member of the caller's Order, creating the account if needed. An earlier code
     * that was not used stops working (a lost letter cannot be used after a new one was sent). An active account
     * stays usable with its current password until the new code is used.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public IssuedCode issueActivation(MemberIdentity member) {
        if (member.orderId() != currentUser.requireOrderId()) {
            throw new NotFoundException();
        }
        AppUser user = account(member);
        voidOpenCodes(user.getId());
        return issue(user, Purpose.ACTIVATION, activationValidity);
    }

    /**
     * A reset code for the account of this codice fiscale (typed in any case, with spaces), when there is an activated,
     * enabled member account with an e-mail address and no reset was asked for in the last minutes; otherwise empty.
     * The caller tells the person the same thing in both cases.
     */
    @Transactional
    public Optional<IssuedCode> issueReset(String typedFiscalCode) {
        if (!AppUserDetailsService.isPossibleUsername(typedFiscalCode)) {
            return Optional.empty();
        }
        String name = LoginName.normalize(typedFiscalCode);
        Optional<AppUser> found = users.findByUsername(name)
                .filter(u -> u.getUsername().equalsIgnoreCase(name))
                .filter(u -> AppRoles.MEMBER.equals(u.getRole()) && u.isEnabled() && u.getActivatedAt() != null)
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AppUser user = found.get();
        Integer recent = jdbc.queryForObject("SELECT COUNT(*) FROM account_token WHERE user_id = ? AND purpose = 'RESET' AND created_at > ?",
                Integer.class, user.getId(), Timestamp.from(clock.instant().minus(resetInterval)));
        if (recent != null && recent > 0) {
            return Optional.empty(); // one e-mail per few minutes: a form cannot be used to flood a member's inbox
        }
        jdbc.update("UPDATE account_token SET used_at = ? WHERE user_id = ? AND purpose = 'RESET' AND used_at IS NULL",
                Timestamp.from(clock.instant()), user.getId());
        return Optional.of(issue(user, Purpose.RESET, resetValidity));
    }

    /**
     * Sets the member's password with a code: refused (and the code left as it was) when the password breaks a rule;
     * refused with one message whether the code is unknown, used or expired. The code is used up in the same UPDATE
     * that checks it, so it works once. Returns the user name (the codice fiscale) to sign in with.
     */
    @Transactional
    public String setPassword(String typedCode, String password) {
        String hash = hash(normalizeCode(typedCode));
        Timestamp now = Timestamp.from(clock.instant());
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, user_id, purpose FROM account_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?", hash, now);
        if (rows.isEmpty()) {
            throw new ServiceException("security.code.invalid");
        }
        long tokenId = ((Number) rows.getFirst().get("id")).longValue();
        AppUser user = users.findById(((Number) rows.getFirst().get("user_id")).longValue()).orElseThrow(NotFoundException::new);
        if (!MemberPasswordRules.accepts(password, user.getUsername())) {
            throw new ServiceException("security.password.rulesBroken");
        }
        if (jdbc.update("UPDATE account_token SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?", now, tokenId, now) != 1) {
            throw new ServiceException("security.code.invalid");
        }
        user.setPasswordHash(encoder.encode(password));
        if (user.getActivatedAt() == null) {
            user.setActivatedAt(clock.instant());
        }
        user.setEnabled(true);
        endSessions(user.getUsername());
        log.info("Member account {} password set with a {} code", user.getId(), rows.getFirst().get("purpose"));
        return user.getUsername();
    }

    /** Accounts of these members of the caller's Order, by member id (members without an account are absent). */
    @PreAuthorize(AppRoles.IS_ORDER_STAFF)
    public Map<Long, AccountState> states(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return users.findByOrderIdAndMemberIdIn(currentUser.requireOrderId(), memberIds).stream()
                .map(this::state).collect(Collectors.toMap(AccountState::memberId, Function.identity()));
    }

    /**
     * A member left the Order (transfer, strike-off) or died: they can no longer sign in, their open codes stop working
     * and their open sessions end. Called by the self-service module when the register announces it.
     */
    @Transactional
    public void close(MemberIdentity member) {
        if (currentUser.orderId().filter(own -> own != member.orderId()).isPresent()) {
            throw new NotFoundException();
        }
        users.findByMemberId(member.memberId()).filter(u -> u.getOrderId() == member.orderId()).ifPresent(user -> {
            user.setEnabled(false);
            voidOpenCodes(user.getId());
            endSessions(user.getUsername());
            log.info("Member account {} closed: the member left the Order", user.getId());
        });
    }

    /** The signed-in member's language for their page and e-mails, if they chose one. */
    @PreAuthorize(AppRoles.IS_MEMBER)
    public Optional<String> ownLanguage() {
        return own().map(AppUser::getLanguage);
    }

    @PreAuthorize(AppRoles.IS_MEMBER)
    @Transactional
    public void chooseOwnLanguage(String language) {
        if (!List.of("it", "de", "en").contains(language)) {
            throw new ServiceException("security.language.unknown");
        }
        own().orElseThrow(NotFoundException::new).setLanguage(language);
    }

    /** Keeps the account's address (where reset links go) the same as the contact e-mail the member corrected. */
    @PreAuthorize(AppRoles.IS_MEMBER)
    @Transactional
    public void ownEmailChanged(String email) {
        own().orElseThrow(NotFoundException::new).setEmail(email == null || email.isBlank() ? null : email.trim());
    }

    /** Demo data only: an activated account with the demo password. */
    @Transactional
    public void ensureDemoAccount(MemberIdentity member, String password, String language) {
        if (!demoData) {
            throw new IllegalStateException("Demo accounts exist only with the demo data");
        }
        AppUser user = account(member);
        if (user.getActivatedAt() == null) {
            user.setPasswordHash(encoder.encode(password));
            user.setActivatedAt(clock.instant());
            user.setEnabled(true);
            user.setLanguage(language);
        }
    }

    private Optional<AppUser> own() {
        return users.findByMemberId(currentUser.requireMemberId()).filter(u -> u.getOrderId() == currentUser.requireOrderId());
    }

    private AppUser account(MemberIdentity member) {
        String username = LoginName.normalize(member.fiscalCode());
        Optional<AppUser> byMember = users.findByMemberId(member.memberId());
        if (byMember.isPresent()) {
            AppUser user = byMember.get();
            user.setEmail(blankToNull(member.email()));
            user.setDisplayName(member.displayName());
            return user;
        }
        Optional<AppUser> byName = users.findByUsername(username);
        if (byName.isPresent()) {
            AppUser user = byName.get();
            if (!AppRoles.MEMBER.equals(user.getRole())) {
                throw new ServiceException("security.members.error.usernameTaken", username);
            }
            // the same person registered with another Order (a transfer): the account follows them here
            user.setOrderId(member.orderId());
            user.setMemberId(member.memberId());
            user.setEmail(blankToNull(member.email()));
            user.setDisplayName(member.displayName());
            users.flush();
            return user;
        }
        var user = new AppUser(username, encoder.encode(randomCode() + randomCode()), member.displayName(), blankToNull(member.email()),
                AppRoles.MEMBER, member.orderId(), clock.instant());
        user.setMemberId(member.memberId());
        user.setEnabled(false);
        return users.saveAndFlush(user);
    }

    private IssuedCode issue(AppUser user, Purpose purpose, Duration validity) {
        String code = randomCode();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        jdbc.update("INSERT INTO account_token (user_id, order_id, purpose, token_hash, created_at, created_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", user.getId(), user.getOrderId(), purpose.name(), hash(code),
                Timestamp.from(now), currentUser.usernameOrSystem(), Timestamp.from(expires));
        log.info("{} code for member account {} issued by {}", purpose, user.getId(), currentUser.usernameOrSystem());
        return new IssuedCode(user.getId(), user.getOrderId(), user.getMemberId(), user.getUsername(), user.getDisplayName(),
                user.getEmail(), purpose, code, expires, user.getLanguage());
    }

    private void voidOpenCodes(long userId) {
        jdbc.update("UPDATE account_token SET used_at = ? WHERE user_id = ? AND used_at IS NULL", Timestamp.from(clock.instant()), userId);
    }

    private AccountState state(AppUser user) {
        List<Map<String, Object>> last = jdbc.queryForList("SELECT created_at, expires_at, used_at FROM account_token "
                + "WHERE user_id = ? AND purpose = 'ACTIVATION' ORDER BY created_at DESC, id DESC LIMIT 1", user.getId());
        Instant issued = last.isEmpty() ? null : ((Timestamp) last.getFirst().get("created_at")).toInstant();
        Instant expires = last.isEmpty() ? null : ((Timestamp) last.getFirst().get("expires_at")).toInstant();
        boolean used = !last.isEmpty() && last.getFirst().get("used_at") != null;
        return new AccountState(user.getMemberId(), user.getActivatedAt() != null, user.isEnabled(), issued, expires, used);
    }

    private void endSessions(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AppUserPrincipal p && p.getUsername().equals(username)) {
                sessions.getAllSessions(p, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    static String randomCode() {
        var sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A code as typed from a letter: any case, with or without dashes and spaces. */
    static String normalizeCode(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
