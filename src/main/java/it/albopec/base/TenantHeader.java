package it.albopec.base;

/** What the layout shows about the signed-in user's Order; provided by the order module. */
public interface TenantHeader {

    /** The name, in the given language, of the current user's Order, or empty for a user without one (the platform operator). */
    String currentOrderName(java.util.Locale locale);
}
