package it.albopec.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters (a line break only where {@link #multiLine}), no broken Unicode (a lone
 * surrogate half, which the database would store as '?' without a word) and no Unicode non-characters. Names,
 * addresses and other fields of the forms carry it, so that such input is refused with a reason instead of being
 * stored garbled (OWASP ASVS 5.0 V1/V2: input validation of structured text). SQL or script snippets are NOT refused:
 * they are text like any other, stored verbatim through bound parameters and escaped by Vaadin on display.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{base.validation.plainText}";

    /** Whether line breaks and tabs are allowed (instructions, lists one per line). */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a string; null is valid (@NotBlank says whether it is required). */
    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            this.multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || isPlain(text, multiLine);
        }

        /** The rule itself, for code that checks text outside Bean Validation. */
        public static boolean isPlain(CharSequence text, boolean multiLine) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    int codePoint = Character.toCodePoint(c, text.charAt(++i));
                    if ((codePoint & 0xFFFE) == 0xFFFE) {
                        return false;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                    return false;
                } else if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                    return false;
                }
            }
            return true;
        }
    }
}
