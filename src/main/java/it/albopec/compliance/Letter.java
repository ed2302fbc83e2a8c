package it.albopec.compliance;

import java.time.LocalDate;
import java.util.Locale;

import it.albopec.order.OrderDetails;

/** What one letter says: to whom, from which Order, why, dated when, and by when the member must act. */
record Letter(LetterKind kind, OrderDetails order, String surname, String givenName, boolean female, String fiscalCode, String email,
              Reason reason, LocalDate since, LocalDate date, LocalDate deadline, Locale language) {

    String fileName() {
        return (kind == LetterKind.REMINDER ? "sollecito-pec-" : "diffida-pec-") + fiscalCode + ".pdf";
    }
}
