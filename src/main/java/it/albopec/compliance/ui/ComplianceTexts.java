package it.albopec.compliance.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import it.albopec.compliance.CaseStep;
import it.albopec.compliance.Reason;

/** The compliance page's words in the user's language: reasons, steps, dates, and refusals with readable step names. */
final class ComplianceTexts {

    private ComplianceTexts() {}

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String reason(Reason reason) {
        return reason == null ? "" : t(reasonKey(reason));
    }

    static String step(CaseStep step) {
        return t(stepKey(step));
    }

    static String reasonKey(Reason reason) {
        return "compliance.reason." + reason.name();
    }

    /** A member without a case has the step "none". */
    static String stepKey(CaseStep step) {
        return step == null ? "compliance.step.none" : "compliance.step." + step.name();
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()));
    }

    /** A refusal's message; step names among its arguments are shown as the user reads them. */
    static String refusal(String key, Object[] arguments) {
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof String s) {
                for (CaseStep step : CaseStep.values()) {
                    if (step.name().equals(s)) {
                        readable[i] = step(step);
                    }
                }
            } else if (readable[i] instanceof LocalDate d) {
                readable[i] = date(d);
            }
        }
        return t(key, readable);
    }

    private static Locale locale() {
        return UI.getCurrent() == null ? Locale.ITALIAN : UI.getCurrent().getLocale();
    }
}
