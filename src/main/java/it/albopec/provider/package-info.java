/**
 * The PEC providers the Orders sign conventions with (Aruba in the three seeds): portal, customer area, helpdesk
 * numbers, the fax for signed forms and the login pattern it sends. Platform data: the operator edits them,
 * the Orders' staff and members read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provider")
@org.jspecify.annotations.NullMarked
package it.albopec.provider;
