package it.albopec.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in. Staff belong to exactly one Order; the operator to none. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Members only: their entry in the register of the Order. */
    @Column(name = "member_id")
    private Long memberId;

    /** Members only: the language of their page and e-mails (it, de, en). */
    @Column(length = 5)
    private String language;

    @Column(name = "activated_at")
    private Instant activatedAt;
    /** A password someone else chose (issue 16): the user must replace it at the next sign-in. */
    @Column(name = "password_temporary", nullable = false)
    private boolean passwordTemporary;

    /** Changes whenever the user's sessions must end, on every node ({@link SecurityStamps}). */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    protected AppUser() {}

    AppUser(String username, String passwordHash, String displayName, String email, String role, Long orderId, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.orderId = orderId;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    String getDisplayName() { return displayName; }
    String getEmail() { return email; }
    String getRole() { return role; }
    Long getOrderId() { return orderId; }
    boolean isEnabled() { return enabled; }
    Instant getCreatedAt() { return createdAt; }
    Long getMemberId() { return memberId; }
    String getLanguage() { return language; }
    Instant getActivatedAt() { return activatedAt; }
    void setMemberId(Long memberId) { this.memberId = memberId; }
    void setLanguage(String language) { this.language = language; }
    void setActivatedAt(Instant activatedAt) { this.activatedAt = activatedAt; }
    void setOrderId(Long orderId) { this.orderId = orderId; }

    boolean isPasswordTemporary() { return passwordTemporary; }
    long getSecurityStamp() { return securityStamp; }

    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    /** A new password: temporary when someone else chose it; the user's sessions end everywhere. */
    void changePassword(String passwordHash, boolean temporary) {
        this.passwordHash = passwordHash;
        this.passwordTemporary = temporary;
        endSessions();
    }
    /** Every session of the user ends at its next request, on every node. */
    void endSessions() { this.securityStamp++; }
    void setDisplayName(String displayName) { this.displayName = displayName; }
    void setEmail(String email) { this.email = email; }
    void setRole(String role) { this.role = role; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }

    UserSummary toSummary() {
        return new UserSummary(id, version, username, displayName, email, role, orderId, enabled);
    }
}
