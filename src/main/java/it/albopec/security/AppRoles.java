package it.albopec.security;

import java.util.List;

/** The roles of DESIGN.md, used in {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class AppRoles {

    /** The platform operator: creates Orders and their first ADMIN; never sees member data. */
    public static final String OPERATOR = "OPERATOR";
    /** The Order's secretariat: everything inside its own Order. */
    public static final String ADMIN = "ADMIN";
    /** The Order's finance staff: reads register and mailboxes, manages costs. */
    public static final String FINANCE = "FINANCE";
    /** A registered doctor or dentist: only the self-service page. */
    public static final String MEMBER = "MEMBER";

    /** Roles that an Order's ADMIN may give to staff of the Order. */
    public static final List<String> ORDER_STAFF = List.of(ADMIN, FINANCE);
    public static final List<String> ALL = List.of(OPERATOR, ADMIN, FINANCE, MEMBER);

    /*
     * The checks of @PreAuthorize, built from the role names above so that no security annotation spells a role.
     * ArchitectureTest keeps it so.
     */
    /** Only the Order's ADMIN. */
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    /** Only the platform operator. */
    public static final String IS_OPERATOR = "hasRole('" + OPERATOR + "')";
    /** The Order's staff: ADMIN or FINANCE. */
    public static final String IS_ORDER_STAFF = "hasAnyRole('" + ADMIN + "', '" + FINANCE + "')";
    /** Anyone of an Order: its staff or a member. */
    public static final String IS_ORDER_STAFF_OR_MEMBER = "hasAnyRole('" + ADMIN + "', '" + FINANCE + "', '" + MEMBER + "')";

    private AppRoles() {}
}
