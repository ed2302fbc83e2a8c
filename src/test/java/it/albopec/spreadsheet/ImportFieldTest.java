package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headers as Orders' registry software writes them, in any case, spacing and language. */
class ImportFieldTest {

    @Test
    void headersOfBothSectionsAreRecognisedAsRegistriesWriteThem() {
        assertThat(ImportField.recognise("Numero iscrizione medici", ImportKind.REGISTER)).contains(ImportField.MEDICI_NUMBER);
        assertThat(ImportField.recognise("Data iscrizione medici", ImportKind.REGISTER)).contains(ImportField.MEDICI_DATE);
        assertThat(ImportField.recognise("N. iscrizione odontoiatri", ImportKind.REGISTER)).contains(ImportField.ODONTOIATRI_NUMBER);
        assertThat(ImportField.recognise("Data iscrizione albo odontoiatri", ImportKind.REGISTER)).contains(ImportField.ODONTOIATRI_DATE);
    }

    @Test
    void theSameFieldInItalianEnglishAndGerman() {
        for (String header : new String[] {"Cognome", "SURNAME", "Nachname"}) {
            assertThat(ImportField.recognise(header, ImportKind.REGISTER)).contains(ImportField.SURNAME);
        }
        for (String header : new String[] {"Codice Fiscale", "CF", "Tax code", "Steuernummer"}) {
            assertThat(ImportField.recognise(header, ImportKind.REGISTER)).contains(ImportField.FISCAL_CODE);
        }
        assertThat(ImportField.recognise("Data di nascita", ImportKind.REGISTER)).contains(ImportField.BIRTH_DATE);
        assertThat(ImportField.recognise("Colonna inventata", ImportKind.REGISTER)).isEmpty();
    }
}
