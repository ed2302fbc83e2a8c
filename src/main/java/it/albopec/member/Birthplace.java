package it.albopec.member;

/**
 * A place of birth as the codice fiscale knows it: an Italian comune (of today or one that was merged or no longer
 * exists) or a foreign country, by its Belfiore code.
 *
 * @param code     the Belfiore (cadastral) code, e.g. B794; Z… for a foreign country
 * @param name     the name as it is written: "Carmignano", "Sant'Agata de' Goti", "Bolzano/Bozen" (South Tyrol's comuni
 *                 in both official languages), "Germania"
 * @param province the comune's province sigla (PO), null for a foreign country
 */
public record Birthplace(String code, String name, String province) {

    public boolean abroad() {
        return province == null;
    }

    /** "Carmignano (PO)", "Bolzano/Bozen (BZ)", "Germania". */
    public String label() {
        return abroad() ? name : name + " (" + province + ")";
    }
}
