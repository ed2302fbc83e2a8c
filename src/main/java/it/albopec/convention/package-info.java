/**
 * The conventions an Order signs with a PEC provider (seeds OMCEO-PO-0035, OMCEO-FG-0053, OMCEO-BZ-0041): who
 * pays, the fee per term, the payment methods and their effects, the requirements, the pre-load lead time,
 * the password policy, the consents and the instructions members read. {@link it.albopec.convention.ConventionDetails}
 * holds the rules later modules use; {@link it.albopec.convention.ConventionService} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Convention")
@org.jspecify.annotations.NullMarked
package it.albopec.convention;
