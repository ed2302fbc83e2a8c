package it.albopec.mailbox;

import it.albopec.convention.ConventionDetails;

/** What a mailbox keeps of its convention when it is opened, so that the daily job needs no other module. */
record ConventionTerms(long conventionId, int termMonths, boolean testMessageRequired, boolean documentsRequired,
                       boolean deactivateOnLeaving) {

    static ConventionTerms of(ConventionDetails convention) {
        return new ConventionTerms(convention.id(), convention.termMonths(), convention.requiresTestMessage(),
                convention.requiresSignedFormAndId(), convention.mailboxDeactivatedOnLeaving());
    }
}
