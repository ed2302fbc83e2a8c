/**
 * The Orders (OMCeO, one per province) that use the platform: the tenants. The platform operator creates
 * them and their first ADMIN; staff read their own Order (its name, addresses and institutional PEC).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order")
@org.jspecify.annotations.NullMarked
package it.albopec.order;
