package it.albopec.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalCodeTest {

    /** Niccolò D'Angelo, born in Prato on 14 March 1975. */
    static final String NICCOLO = "DNGNCL75C14G999C";

    @Test
    void normalisesWhatTheUserTyped() {
        FiscalCode code = FiscalCode.parse("  dngncl 75c14 g999c ");
        assertThat(code.value()).isEqualTo(NICCOLO);
        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1975, 3, 14));
        assertThat(code.isFemale()).isFalse();
        assertThat(code.birthplaceCode()).isEqualTo("G999");
        assertThat(code.birthplaceName()).isEqualTo("PRATO");
    }

    @Test
    void aWrongCheckCharacterIsNamed() {
        assertRefused("DNGNCL75C14G999A", FiscalCode.ERROR_CHECK_CHARACTER);
    }

    @Test
    void anImpossibleDateIsNamed() {
        // 30 February, with a correct check character
        assertRefused(withCheck("DNGNCL75B30G999"), FiscalCode.ERROR_DATE);
        // month letter F does not exist
        assertRefused(withCheck("DNGNCL75F14G999"), FiscalCode.ERROR_DATE);
        // day 35 is neither a man's (1–31) nor a woman's (41–71)
        assertRefused(withCheck("DNGNCL75C35G999"), FiscalCode.ERROR_DATE);
    }

    @Test
    void anUnknownBelfioreCodeIsNamed() {
        assertRefused(withCheck("DNGNCL75C14Z999"), FiscalCode.ERROR_BELFIORE);
    }

    @Test
    void somethingThatIsNoCodeAtAllIsAFormatError() {
        assertRefused("12345", FiscalCode.ERROR_FORMAT);
        assertRefused("", FiscalCode.ERROR_FORMAT);
        assertRefused(null, FiscalCode.ERROR_FORMAT);
    }

    @Test
    void omocodicVariantsAreAccepted() {
        // G999 → G99V and G9VV: the Agenzia replaces digits from the right with letters
        FiscalCode one = FiscalCode.parse("DNGNCL75C14G99VR");
        assertThat(one.isOmocode()).isTrue();
        assertThat(one.withoutOmocode()).isEqualTo(NICCOLO);
        assertThat(one.birthplaceCode()).isEqualTo("G999");
        FiscalCode three = FiscalCode.parse("DNGNCL75C14G9VVD");
        assertThat(three.birthDate()).isEqualTo(LocalDate.of(1975, 3, 14));
        assertThat(three.mismatches("D'Angelo", "Niccolò", false, LocalDate.of(1975, 3, 14), "G999")).isEmpty();
    }

    @Test
    void consistencyChecksSayWhichPartDisagrees() {
        FiscalCode code = FiscalCode.parse(NICCOLO);
        LocalDate born = LocalDate.of(1975, 3, 14);
        assertThat(code.mismatches("D'Angelo", "Niccolò", false, born, "G999")).isEmpty();
        assertThat(code.mismatches("Rossi", "Niccolò", false, born, "G999")).containsExactly(FiscalCode.MISMATCH_SURNAME);
        assertThat(code.mismatches("D'Angelo", "Marco", false, born, "G999")).containsExactly(FiscalCode.MISMATCH_GIVEN_NAME);
        assertThat(code.mismatches("D'Angelo", "Niccolò", false, born.plusDays(1), "G999")).containsExactly(FiscalCode.MISMATCH_BIRTH_DATE);
        assertThat(code.mismatches("D'Angelo", "Niccolò", true, born, "G999")).containsExactly(FiscalCode.MISMATCH_SEX);
        assertThat(code.mismatches("D'Angelo", "Niccolò", false, born, "D643")).containsExactly(FiscalCode.MISMATCH_BIRTHPLACE);
    }

    @Test
    void germanNamesWithUmlautsAreEncodedLikeTheAgenziaDoes() {
        // Müller → MLL; Jürgen has four consonants J R G N: the first, third and fourth → JGN
        String code = withCheck("MLLJGN80A01A952");
        assertThat(FiscalCode.parse(code).mismatches("Müller", "Jürgen", false, LocalDate.of(1980, 1, 1), "A952")).isEmpty();
    }

    @Test
    void placeNamesComeFromTheBelfioreCode() {
        assertThat(FiscalCode.placeName("D643")).contains("FOGGIA");
        assertThat(FiscalCode.placeName("a952")).contains("BOLZANO");
        assertThat(FiscalCode.placeName("Z999")).isEmpty();
    }

    static String withCheck(String first15) {
        return first15 + FiscalCode.checkCharacter(first15);
    }

    private static void assertRefused(String raw, String key) {
        assertThat(FiscalCode.problem(raw)).contains(key);
        assertThatThrownBy(() -> FiscalCode.parse(raw)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
