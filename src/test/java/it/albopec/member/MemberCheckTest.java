package it.albopec.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import it.albopec.testsupport.TestMembers;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The register's rules in one place: what a save refuses, an import finds at the property to fix, once. */
class MemberCheckTest {

    private static ValidatorFactory validation;
    private static MemberCheck rules;

    @BeforeAll
    static void setUp() {
        validation = Validation.buildDefaultValidatorFactory();
        rules = new MemberCheck(validation.getValidator());
    }

    @AfterAll
    static void tearDown() {
        validation.close();
    }

    @Test
    void aBirthplaceWrittenByNameIsResolvedToTheCodeTheCodiceFiscaleHolds() {
        MemberForm form = TestMembers.physician("Bartoli", "Mario", LocalDate.of(2015, 9, 1));
        form.setBirthplace("prato");

        MemberCheck.Result result = rules.check(form);

        assertThat(result.problems()).isEmpty();
        assertThat(result.member().birthplaceCode()).isEqualTo("G999");
        assertThat(result.member().fiscalCode()).isEqualTo(form.getFiscalCode());
        assertThat(form.getBirthplaceCode()).as("the form is left as written").isNull();
    }

    @Test
    void everyBrokenRuleIsPinnedToItsPropertyInTheRegistersOrder() {
        MemberForm form = TestMembers.physician("Bartoli", "Mario", LocalDate.of(2015, 9, 1));
        form.setSurname("Rossi");
        form.setBirthplace("Firenze");
        form.setEmail("not an address");
        form.setMediciChirurghiDate(null);

        MemberCheck.Result result = rules.check(form);

        assertThat(result.valid()).isFalse();
        assertThat(result.member()).isNull();
        assertThat(result.problems()).extracting(MemberCheck.Problem::property, MemberCheck.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("surname", FiscalCode.MISMATCH_SURNAME),
                org.assertj.core.groups.Tuple.tuple("birthplace", Birthplaces.MISMATCH),
                org.assertj.core.groups.Tuple.tuple("email", "{jakarta.validation.constraints.Email.message}"),
                org.assertj.core.groups.Tuple.tuple(null, "member.error.sectionDate"));
    }

    @Test
    void aSaveThrowsTheConstraintsFirstThenTheFirstOtherRule() {
        MemberForm form = TestMembers.physician("Bartoli", "Mario", LocalDate.of(2015, 9, 1));
        form.setSurname("Rossi");
        form.setEmail("not an address");
        assertThatThrownBy(() -> rules.require(form)).isInstanceOf(ConstraintViolationException.class);

        form.setEmail(null);
        assertThatThrownBy(() -> rules.require(form)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo(FiscalCode.MISMATCH_SURNAME));
    }

    @Test
    void theCheckedValuesKeptByADryRunComeBackAsChecked() {
        MemberForm form = TestMembers.physician("D'Àngelo", "Anna Maria", LocalDate.of(2015, 9, 1));
        form.setSurname("D'Àngelo");
        form.setPhone("+39 0574 1234");
        form.setOdontoiatriNumber("O77");
        form.setOdontoiatriDate(LocalDate.of(2018, 2, 28));
        CheckedMember checked = rules.require(form);

        CheckedMember back = CheckedMember.fromStored(checked.stored());

        assertThat(back.stored()).isEqualTo(checked.stored());
        assertThat(MemberFields.diff(checked.form(), back.form())).isEmpty();
        assertThat(back.email()).isNull();
        assertThat(back.odontoiatriDate()).isEqualTo(LocalDate.of(2018, 2, 28));
        assertThatThrownBy(() -> CheckedMember.fromStored("RSSMRA")).isInstanceOf(IllegalArgumentException.class);
    }
}
