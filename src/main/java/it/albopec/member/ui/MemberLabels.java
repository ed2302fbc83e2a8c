package it.albopec.member.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberStatus;
import it.albopec.member.RegisterSection;

/** How the register's values read in the user's language: statuses, sections, dates. */
final class MemberLabels {

    private MemberLabels() {}

    static String status(MemberStatus status) {
        return status == null ? "" : translate("member.status." + status.name());
    }

    static String section(RegisterSection section) {
        return translate("member.section." + section.name());
    }

    static String sections(MemberDetails member) {
        return member.sections().stream().map(MemberLabels::section).collect(Collectors.joining(", "));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
