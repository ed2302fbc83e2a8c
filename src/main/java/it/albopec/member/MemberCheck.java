package it.albopec.member;

import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;

/**
 * The register's rules for a member's data, in ONE place: the Bean Validation constraints of {@link MemberForm}, the
 * codice fiscale ({@link FiscalCode#parse} and its agreement with surname, given name, sex and birth date), the
 * birthplace as written resolved against the code ({@link Birthplaces#resolve}), and the sections (at least one, each
 * number with its date). {@link MemberService} applies it to every save; an import checks each row with it ONCE in its
 * dry run, puts each {@link Problem} in the column of its property, and keeps the {@link CheckedMember} it gives for the
 * apply. Pure: no database, no signed-in user.
 */
public final class MemberCheck {

    /**
     * A broken rule, pinned to the form's property.
     *
     * @param property  the {@link MemberForm} property to fix ("fiscalCode", "surname", "birthplace", "birthplaceProvince",
     *                  …); null for a rule of the whole form (the sections)
     * @param key       the message key, with its arguments
     * @param violation the Bean Validation constraint broken, for a problem found by Bean Validation; null otherwise
     */
    public record Problem(@Nullable String property, String key, List<Object> arguments,
                          @Nullable ConstraintViolation<MemberForm> violation) {

        static Problem of(@Nullable String property, ServiceException e) {
            return new Problem(property, e.messageKey(), Arrays.asList(e.arguments()), null);
        }
    }

    /**
     * The verdict on one form.
     *
     * @param problems every broken rule, in the order the register reports them: the codice fiscale, its disagreements
     *                 with the person's data, the birthplace, Bean Validation, the sections
     * @param member   the checked, normalised values (birthplace resolved) when there is no problem; null otherwise
     */
    public record Result(List<Problem> problems, @Nullable CheckedMember member) {

        public boolean valid() {
            return member != null;
        }

        /**
         * What a single save throws for the first broken rule: every broken constraint when Bean Validation refuses
         * the form, else the first other problem.
         */
        RuntimeException refusal() {
            Set<ConstraintViolation<MemberForm>> violations = new LinkedHashSet<>();
            problems.stream().filter(p -> p.violation() != null).forEach(p -> violations.add(p.violation()));
            if (!violations.isEmpty()) {
                return new ConstraintViolationException(violations);
            }
            Problem first = problems.getFirst();
            return new ServiceException(first.key(), first.arguments().toArray());
        }
    }

    /** Every property of a form is there to validate: a form is no JPA entity with lazy properties to spare. */
    private static final TraversableResolver PLAIN_OBJECT = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    };

    private final Validator validator;

    /**
     * @param validator the application's (Spring's factory: its messages and constraint validators are kept, without the
     *                  JPA reachability check of every property, a tenth of an import's checking time), or any other
     */
    public MemberCheck(Validator validator) {
        this.validator = validator instanceof ValidatorFactory factory
                ? factory.usingContext().traversableResolver(PLAIN_OBJECT).getValidator() : validator;
    }

    /** Every rule of the register on one form; the form is not changed. */
    public Result check(MemberForm form) {
        var problems = new ArrayList<Problem>();
        String written = form.getFiscalCode();
        FiscalCode code = null;
        if (written != null && !written.isEmpty()) {
            try {
                code = FiscalCode.parse(written);
            } catch (ServiceException e) {
                problems.add(Problem.of("fiscalCode", e));
            }
        }
        if (code != null) {
            for (String mismatch : code.mismatches(form.getSurname(), form.getGivenName(),
                    form.getSex() == null ? null : form.getSex().isFemale(), form.getBirthDate(), null)) {
                problems.add(new Problem(propertyOf(mismatch), mismatch, List.of(code.value()), null));
            }
        }
        Birthplace birthplace = birthplace(form, code, problems);
        for (ConstraintViolation<MemberForm> v : validator.validate(form)) {
            problems.add(new Problem(v.getPropertyPath().toString(), v.getMessageTemplate(), List.of(), v));
        }
        String section = sectionProblem(form);
        if (section != null) {
            problems.add(new Problem(null, section, List.of(), null));
        }
        return new Result(List.copyOf(problems), problems.isEmpty() && code != null && birthplace != null
                ? CheckedMember.of(form, code, birthplace) : null);
    }

    /**
     * Checks one form as a single save does.
     *
     * @throws ConstraintViolationException a field breaks its Bean Validation constraint
     * @throws ServiceException              the first other broken rule, with its message key
     */
    CheckedMember require(MemberForm form) {
        Result result = check(form);
        if (!result.valid()) {
            throw result.refusal();
        }
        return result.member();
    }

    /** The birthplace as written (name, German name, country or code) that the code names; null when refused or blank. */
    private static @Nullable Birthplace birthplace(MemberForm form, @Nullable FiscalCode code, List<Problem> problems) {
        if (form.getBirthplace() == null) {
            return null; // Bean Validation's to report
        }
        try {
            if (code == null) {
                Birthplaces.named(form.getBirthplace(), form.getBirthplaceProvince()); // the place alone: the code is refused
                return null;
            }
            return Birthplaces.resolve(form.getBirthplace(), form.getBirthplaceProvince(), code);
        } catch (ServiceException e) {
            problems.add(Problem.of(Birthplaces.UNKNOWN_PROVINCE.equals(e.messageKey()) ? "birthplaceProvince" : "birthplace", e));
            return null;
        }
    }

    /** The rule on sections: a member belongs to at least one, and each section's number comes with its date. */
    private static @Nullable String sectionProblem(MemberForm form) {
        if (form.getMediciChirurghiNumber() == null && form.getOdontoiatriNumber() == null) {
            return "member.error.noSection";
        }
        if ((form.getMediciChirurghiNumber() != null && form.getMediciChirurghiDate() == null)
                || (form.getOdontoiatriNumber() != null && form.getOdontoiatriDate() == null)) {
            return "member.error.sectionDate";
        }
        return null;
    }

    private static String propertyOf(String mismatch) {
        return switch (mismatch) {
            case FiscalCode.MISMATCH_SURNAME -> "surname";
            case FiscalCode.MISMATCH_GIVEN_NAME -> "givenName";
            case FiscalCode.MISMATCH_BIRTH_DATE -> "birthDate";
            case FiscalCode.MISMATCH_SEX -> "sex";
            case FiscalCode.MISMATCH_BIRTHPLACE -> "birthplace";
            default -> "fiscalCode";
        };
    }
}
