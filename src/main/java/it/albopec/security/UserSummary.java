package it.albopec.security;

/** A user as other modules and the views see it: never the password hash. */
public record UserSummary(Long id, long version, String username, String displayName, String email,
                          String role, Long orderId, boolean enabled) {}
