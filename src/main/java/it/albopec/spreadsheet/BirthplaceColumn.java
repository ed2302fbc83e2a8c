package it.albopec.spreadsheet;

import java.util.List;
import java.util.Map;

import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import it.albopec.member.Birthplaces;
import it.albopec.member.MemberForm;

/**
 * The birthplace of a register row as the register writes it — the comune's name, a German name, a country, a code,
 * with the optional province column — checked against the row's codice fiscale, so that a refusal names its column
 * and says what the code indicates (issue 11). The register checks it again when the row is written.
 */
final class BirthplaceColumn {

    private BirthplaceColumn() {}

    /**
     * @param code the row's codice fiscale, null when it is itself invalid (then only the place is checked)
     * @return the problem of the birthplace cells, if any; a blank birthplace is Bean Validation's to report
     */
    static List<ImportProblem> problems(MemberForm form, FiscalCode code, Map<ImportField, Integer> byField) {
        if (form.getBirthplace() == null) {
            return List.of();
        }
        try {
            if (code == null) {
                Birthplaces.named(form.getBirthplace(), form.getBirthplaceProvince());
            } else {
                Birthplaces.resolve(form.getBirthplace(), form.getBirthplaceProvince(), code);
            }
            return List.of();
        } catch (ServiceException e) {
            ImportField field = Birthplaces.UNKNOWN_PROVINCE.equals(e.messageKey()) && byField.containsKey(ImportField.PROVINCE)
                    ? ImportField.PROVINCE : ImportField.BIRTHPLACE;
            return List.of(ImportProblem.of(byField.getOrDefault(field, -1), e.messageKey(), e.arguments()));
        }
    }
}
