package it.albopec.mailbox;

import it.albopec.convention.ConventionDetails;

/**
 * What a mailbox keeps of its convention when it is opened, so that the daily job needs no other module.
 *
 * @param orderPays               Prato: every mailbox renews automatically at the Order's expense, however it was opened
 * @param renewalDaysAfterExpiry  days an expired mailbox can still be renewed (0: unrecoverable, Foggia)
 */
record ConventionTerms(long conventionId, int termMonths, boolean testMessageRequired, boolean documentsRequired,
                       boolean deactivateOnLeaving, boolean orderPays, int renewalDaysAfterExpiry) {

    static ConventionTerms of(ConventionDetails convention) {
        return new ConventionTerms(convention.id(), convention.termMonths(), convention.requiresTestMessage(),
                convention.requiresSignedFormAndId(), convention.mailboxDeactivatedOnLeaving(),
                convention.renewsAtTheOrdersExpense(), convention.renewableDaysAfterExpiry());
    }
}
