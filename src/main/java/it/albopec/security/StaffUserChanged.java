package it.albopec.security;

import java.util.List;

/**
 * A staff user of an Order was created, enabled, disabled or given a new password: the audit trail records it
 * (issue 11, point 8). Published inside the change's transaction; passwords are never part of it.
 *
 * @param fields the fields that changed, each as text before and after (before null for a new user)
 */
public record StaffUserChanged(long orderId, long userId, String action, List<Field> fields) {

    public record Field(String name, String before, String after) {}
}
