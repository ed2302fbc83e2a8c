/**
 * Digital-domicile compliance (DL 185/2008 art. 16 c. 7, as changed by DL 76/2020 art. 37): who among the active
 * members has no valid PEC and why, the case the Order runs against each of them (reminder, formal notice with 30
 * days, deadline passed, proposal to the Council, suspension; closed as soon as a valid PEC arrives), the letters,
 * and the Order's compliance rate with its monthly trend.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
@org.jspecify.annotations.NullMarked
package it.albopec.compliance;
