/**
 * Users, roles, login and the tenant scope: who is signed in and which Order they belong to.
 * {@link it.albopec.security.CurrentUser} is the one place that tells the current user's Order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
@org.jspecify.annotations.NullMarked
package it.albopec.security;
