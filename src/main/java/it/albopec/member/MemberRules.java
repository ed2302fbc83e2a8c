package it.albopec.member;

import java.util.Optional;

/**
 * The register's rules for a member's data, in one place for a manual edit and an import's dry run: the Bean
 * Validation constraints of {@link MemberForm}, the codice fiscale ({@link it.albopec.base.FiscalCode#parse} and its
 * {@code mismatches} with name, sex, birth date and place), and the sections below. {@link MemberService} applies them
 * to every save; an import checks each row with them once, reporting every problem at its column.
 */
public final class MemberRules {

    private MemberRules() {}

    /**
     * The rule on sections: a member belongs to at least one, and each section's number comes with its date.
     *
     * @return the key of the broken rule, if any
     */
    public static Optional<String> sectionProblem(MemberForm form) {
        if (form.getMediciChirurghiNumber() == null && form.getOdontoiatriNumber() == null) {
            return Optional.of("member.error.noSection");
        }
        if ((form.getMediciChirurghiNumber() != null && form.getMediciChirurghiDate() == null)
                || (form.getOdontoiatriNumber() != null && form.getOdontoiatriDate() == null)) {
            return Optional.of("member.error.sectionDate");
        }
        return Optional.empty();
    }
}
