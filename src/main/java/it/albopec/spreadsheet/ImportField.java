package it.albopec.spreadsheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A column an import understands, with the headers people write for it in Italian, English and German. Headers are
 * compared without case, accents, spaces or punctuation, so "Data di nascita", "DATA NASCITA" and "data_nascita" agree.
 */
public enum ImportField {
    FISCAL_CODE("codicefiscale", "cf", "codfisc", "codicefisc", "taxcode", "fiscalcode", "steuernummer", "steuernr", "steuerid"),
    SURNAME("cognome", "surname", "lastname", "familyname", "nachname", "familienname"),
    GIVEN_NAME("nome", "givenname", "firstname", "name", "vorname"),
    SEX("sesso", "sex", "gender", "geschlecht"),
    BIRTH_DATE("datadinascita", "datanascita", "natoil", "birthdate", "dateofbirth", "dob", "geburtsdatum"),
    BIRTHPLACE("luogodinascita", "luogonascita", "comunedinascita", "comunenascita", "codicecomune", "belfiore",
            "codicecatastale", "birthplace", "placeofbirth", "geburtsort", "natoa", "natoanatain", "comuneostatoesterodinascita",
            "comunedinascitaostatoestero", "luogodinascitacomuneostatoestero", "geburtsgemeinde", "cityofbirth"),
    /** The province of the birthplace (sigla or name, EE for abroad): tells apart comuni of the same name (issue 11). */
    PROVINCE("provincia", "provinciadinascita", "provincianascita", "prov", "provnascita", "provdinascita", "siglaprovincia",
            "pr", "prnascita", "provinceofbirth", "birthprovince", "province", "geburtsprovinz", "provinz"),
    SECTION("sezione", "albo", "sezionealbo", "section", "register", "sektion", "abschnitt"),
    REGISTRATION_NUMBER("numeroiscrizione", "numiscrizione", "niscrizione", "numero", "matricola", "registrationnumber",
            "registernumber", "number", "eintragungsnummer", "nummer"),
    REGISTRATION_DATE("dataiscrizione", "datadiiscrizione", "registrationdate", "registeredon", "eintragungsdatum"),
    MEDICI_NUMBER("numeroalbomedici", "numeromedici", "nalbomedici", "mediciiscrizione", "numeroiscrizionemedici",
            "numeroiscrizionealbomedici", "niscrizionemedici", "physiciansnumber", "nummeraerzte"),
    MEDICI_DATE("dataiscrizionemedici", "dataiscrizionealbomedici", "datamedici", "physiciansdate", "datumaerzte"),
    ODONTOIATRI_NUMBER("numeroalboodontoiatri", "numeroodontoiatri", "nalboodontoiatri", "numeroiscrizioneodontoiatri",
            "numeroiscrizionealboodontoiatri", "niscrizioneodontoiatri", "dentistsnumber", "nummerzahnaerzte"),
    ODONTOIATRI_DATE("dataiscrizioneodontoiatri", "dataiscrizionealboodontoiatri", "dataodontoiatri", "dentistsdate", "datumzahnaerzte"),
    EMAIL("email", "mail", "posta", "postaelettronica", "emailaddress"),
    PHONE("telefono", "tel", "cellulare", "phone", "mobile", "telephone", "telefon", "handy"),
    PEC("pec", "indirizzopec", "casellapec", "pecaddress", "postaelettronicacertificata", "pecadresse"),
    ACTIVATED_ON("dataattivazione", "attivazione", "attivatail", "activationdate", "activatedon", "aktivierungsdatum", "aktiviertam"),
    EXPIRES_ON("datascadenza", "scadenza", "scadeil", "expirydate", "expireson", "expiry", "ablaufdatum", "gueltigbis"),
    PROVIDER_STATE("stato", "statocasella", "state", "status", "zustand");

    private static final java.util.Map<ImportKind, List<ImportField>> BY_KIND = java.util.Map.of(
            ImportKind.REGISTER, List.of(FISCAL_CODE, SURNAME, GIVEN_NAME, SEX, BIRTH_DATE, BIRTHPLACE, PROVINCE, SECTION, REGISTRATION_NUMBER,
                    REGISTRATION_DATE, MEDICI_NUMBER, MEDICI_DATE, ODONTOIATRI_NUMBER, ODONTOIATRI_DATE, EMAIL, PHONE),
            ImportKind.PROVIDER_MAILBOXES, List.of(FISCAL_CODE, SURNAME, GIVEN_NAME, PEC, ACTIVATED_ON, EXPIRES_ON, PROVIDER_STATE));

    /** The {@code MemberForm} property each register field fills, as Bean Validation names it in a violation. */
    private static final java.util.Map<String, ImportField> BY_PROPERTY = java.util.Map.ofEntries(
            java.util.Map.entry("fiscalCode", FISCAL_CODE), java.util.Map.entry("surname", SURNAME),
            java.util.Map.entry("givenName", GIVEN_NAME), java.util.Map.entry("sex", SEX), java.util.Map.entry("birthDate", BIRTH_DATE),
            java.util.Map.entry("birthplace", BIRTHPLACE),
            java.util.Map.entry("birthplaceProvince", PROVINCE), java.util.Map.entry("email", EMAIL), java.util.Map.entry("phone", PHONE),
            java.util.Map.entry("mediciChirurghiNumber", MEDICI_NUMBER), java.util.Map.entry("mediciChirurghiDate", MEDICI_DATE),
            java.util.Map.entry("odontoiatriNumber", ODONTOIATRI_NUMBER), java.util.Map.entry("odontoiatriDate", ODONTOIATRI_DATE));

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = Stream.of(headers).map(ImportField::normalize).toList();
    }

    /** The fields of a kind of import. */
    public static List<ImportField> of(ImportKind kind) {
        return BY_KIND.get(kind);
    }

    /** The field of this kind of import a header names, if any. */
    public static Optional<ImportField> recognise(String header, ImportKind kind) {
        return recognise(header).filter(f -> of(kind).contains(f));
    }

    /** The field that fills a member form's property; other properties belong to the registration columns. */
    static ImportField ofProperty(String property) {
        return BY_PROPERTY.getOrDefault(property, REGISTRATION_NUMBER);
    }

    /**
     * The column this field was read from: its own, else the generic registration column it may come from (a sheet
     * with "Sezione" + "Numero" fills the section's number and date); -1 when the sheet has neither.
     */
    int columnIn(java.util.Map<ImportField, Integer> byField) {
        Integer column = byField.get(this);
        if (column == null && (this == MEDICI_NUMBER || this == ODONTOIATRI_NUMBER)) {
            column = byField.get(REGISTRATION_NUMBER);
        }
        if (column == null && (this == MEDICI_DATE || this == ODONTOIATRI_DATE)) {
            column = byField.get(REGISTRATION_DATE);
        }
        return column == null ? -1 : column;
    }

    /** The field a header names, if any. */
    public static Optional<ImportField> recognise(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Stream.of(values()).filter(f -> f.headers.contains(h)).findFirst();
    }

    /** Lower case, without accents, spaces or punctuation ("Data di nascita" → "datadinascita"; "Ä" → "ae"). */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String lower = header.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String plain = Compiled.MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return Compiled.NOT_ALPHANUMERIC.matcher(plain).replaceAll("");
    }

    /** Compiled once (a holder: the constants above normalize their headers before the enum's other static fields exist). */
    private static final class Compiled {
        static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
        static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]");
    }
}
