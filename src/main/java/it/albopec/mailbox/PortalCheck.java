package it.albopec.mailbox;

import java.time.LocalDate;

/**
 * What the provider's portal would answer to codice fiscale, surname and given name (step 3 of every seed:
 * "il sistema effettuerà una verifica in base ai nominativi precaricati dall'Ordine").
 *
 * @param listSentOn   the day the list checked against was sent, or null when none was
 * @param expectedFrom for a member not in it, or in a list still loading: the first day they can expect to register
 *                     (list + lead time)
 */
public record PortalCheck(Outcome outcome, LocalDate listSentOn, LocalDate expectedFrom) {

    public enum Outcome {
        /** In the last list with the same names, and the provider had the time to load it: the portal lets them register. */
        FOUND,
        /**
         * In a list sent on {@code listSentOn}, which the provider is still loading (the convention's lead time):
         * registration possible from {@code expectedFrom}.
         */
        LISTED_LOADING,
        /** The codice fiscale is in the list, but surname or given name differ: the portal refuses. */
        NAME_DOES_NOT_MATCH,
        /** Not in the last list: registered after it, or not on the register. */
        NOT_IN_LAST_LIST,
        /** The Order has not sent any list yet. */
        NO_LIST_SENT
    }
}
