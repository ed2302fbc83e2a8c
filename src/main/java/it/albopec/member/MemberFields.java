package it.albopec.member;

import java.util.List;

import it.albopec.audit.FieldChange;

/** The one comparison of a member's fields, for the audit log and for import previews. */
final class MemberFields {

    private MemberFields() {}

    /** The fields that differ between two forms; a section without a number has no date. */
    static List<FieldChange> diff(MemberForm before, MemberForm after) {
        return FieldChange.builder()
                .compare("fiscalCode", before.getFiscalCode(), after.getFiscalCode())
                .compare("surname", before.getSurname(), after.getSurname())
                .compare("givenName", before.getGivenName(), after.getGivenName())
                .compare("sex", before.getSex(), after.getSex())
                .compare("birthDate", before.getBirthDate(), after.getBirthDate())
                .compare("birthplace", place(before.getBirthplaceCode()), place(after.getBirthplaceCode()))
                .compare("email", before.getEmail(), after.getEmail())
                .compare("phone", before.getPhone(), after.getPhone())
                .compare("mediciChirurghiNumber", before.getMediciChirurghiNumber(), after.getMediciChirurghiNumber())
                .compare("mediciChirurghiDate", sectionDate(before.getMediciChirurghiNumber(), before.getMediciChirurghiDate()),
                        sectionDate(after.getMediciChirurghiNumber(), after.getMediciChirurghiDate()))
                .compare("odontoiatriNumber", before.getOdontoiatriNumber(), after.getOdontoiatriNumber())
                .compare("odontoiatriDate", sectionDate(before.getOdontoiatriNumber(), before.getOdontoiatriDate()),
                        sectionDate(after.getOdontoiatriNumber(), after.getOdontoiatriDate()))
                .build();
    }

    /** A birthplace as people read it in a diff or the audit trail, with its code: "Carmignano (PO) · B794". */
    private static String place(String code) {
        return code == null ? null : Birthplaces.label(code) + " · " + code;
    }

    static java.time.LocalDate sectionDate(String number, java.time.LocalDate date) {
        return number == null ? null : date;
    }
}
