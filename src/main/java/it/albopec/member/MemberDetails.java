package it.albopec.member;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A member as the register holds it, with the version to send back with a change. */
public record MemberDetails(long id, long version, long orderId, String fiscalCode, String surname, String givenName, Sex sex,
                            LocalDate birthDate, String birthplaceCode, String birthplaceName, String email, String phone,
                            String mediciChirurghiNumber, LocalDate mediciChirurghiDate,
                            String odontoiatriNumber, LocalDate odontoiatriDate, LocalDate registrationDate,
                            MemberStatus status, LocalDate statusDate, String statusReason, String destinationOrder) {

    public Set<RegisterSection> sections() {
        var sections = EnumSet.noneOf(RegisterSection.class);
        if (mediciChirurghiNumber != null) {
            sections.add(RegisterSection.MEDICI_CHIRURGHI);
        }
        if (odontoiatriNumber != null) {
            sections.add(RegisterSection.ODONTOIATRI);
        }
        return sections;
    }

    public MemberSummary summary() {
        return new MemberSummary(id, orderId, fiscalCode, surname, givenName, status, registrationDate, email);
    }
}
