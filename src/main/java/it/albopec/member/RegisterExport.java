package it.albopec.member;

import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;

import it.albopec.base.export.ExportColumn;

/**
 * The register's columns in an exported file, keyed as the register grid's columns: names as text, codice fiscale,
 * registration numbers and phone as text codes (leading zeros and a leading + survive), dates as dates.
 */
public final class RegisterExport {

    /** The list's name in the audit trail. */
    public static final String LIST = "member.register";

    private RegisterExport() {}

    /**
     * @param translate the translations of the user's language, applied now (the rows are written later, outside the
     *                  UI's thread)
     */
    public static List<ExportColumn<MemberDetails>> columns(Function<String, String> translate) {
        var statuses = new EnumMap<MemberStatus, String>(MemberStatus.class);
        for (MemberStatus s : MemberStatus.values()) {
            statuses.put(s, translate.apply("member.status." + s.name()));
        }
        String medici = translate.apply("member.section." + RegisterSection.MEDICI_CHIRURGHI.name());
        String odontoiatri = translate.apply("member.section." + RegisterSection.ODONTOIATRI.name());
        String both = medici + ", " + odontoiatri;
        Function<String, String> header = field -> translate.apply("member.field." + field);
        return List.of(
                ExportColumn.text("surname", header.apply("surname"), MemberDetails::surname),
                ExportColumn.text("givenName", header.apply("givenName"), MemberDetails::givenName),
                ExportColumn.code("fiscalCode", header.apply("fiscalCode"), MemberDetails::fiscalCode),
                ExportColumn.<MemberDetails>text("status", header.apply("status"), m -> statuses.get(m.status())).width(14),
                ExportColumn.date("birthDate", header.apply("birthDate"), MemberDetails::birthDate),
                ExportColumn.text("sections", header.apply("sections"), m -> m.mediciChirurghiNumber() != null
                        ? (m.odontoiatriNumber() != null ? both : medici) : (m.odontoiatriNumber() != null ? odontoiatri : null)),
                ExportColumn.code("mediciChirurghiNumber", header.apply("mediciChirurghiNumber"), MemberDetails::mediciChirurghiNumber),
                ExportColumn.code("odontoiatriNumber", header.apply("odontoiatriNumber"), MemberDetails::odontoiatriNumber),
                ExportColumn.date("registrationDate", header.apply("registrationDate"), MemberDetails::registrationDate),
                ExportColumn.date("statusDate", header.apply("statusDate"), MemberDetails::statusDate),
                ExportColumn.<MemberDetails>text("email", header.apply("email"), MemberDetails::email).width(32),
                ExportColumn.code("phone", header.apply("phone"), MemberDetails::phone));
    }
}
