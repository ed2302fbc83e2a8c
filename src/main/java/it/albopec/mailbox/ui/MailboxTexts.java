package it.albopec.mailbox.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import it.albopec.convention.PaymentMethod;
import it.albopec.mailbox.MailboxState;

/** How mailbox values read on screen, in the user's language. */
final class MailboxTexts {

    private MailboxTexts() {}

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String state(MailboxState state) {
        return state == null ? t("mailbox.state.NONE") : t("mailbox.state." + state.name());
    }

    static Span stateBadge(MailboxState state) {
        var badge = new Span(state(state));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("mailbox-state");
        badge.addClassName("state-" + (state == null ? "none" : state.name().toLowerCase(Locale.ROOT)));
        if (state == MailboxState.ACTIVE) {
            badge.getElement().getThemeList().add("success");
        } else if (state == null || state == MailboxState.EXPIRED || state == MailboxState.DELETED || state == MailboxState.DEACTIVATED) {
            badge.getElement().getThemeList().add("error");
        } else if (state == MailboxState.EXPIRING) {
            badge.getElement().getThemeList().add("warning");
        }
        return badge;
    }

    static String method(PaymentMethod method) {
        return method == null ? t("mailbox.payment.ORDER") : t("mailbox.payment." + method.name());
    }

    static String date(LocalDate date) {
        if (date == null) {
            return "–";
        }
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()));
    }

    static String month(YearMonth month) {
        return month == null ? "–" : String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** A refusal's reason, with state and step names as the user reads them. */
    static String refusal(it.albopec.mailbox.MailboxService.BatchOutcome.Refusal refusal) {
        Object[] arguments = refusal.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String s) {
                arguments[i] = readable(s);
            }
        }
        return t(refusal.messageKey(), arguments);
    }

    private static Object readable(String value) {
        for (MailboxState state : MailboxState.values()) {
            if (state.name().equals(value)) {
                return state(state);
            }
        }
        for (it.albopec.mailbox.MailboxAction action : it.albopec.mailbox.MailboxAction.values()) {
            if (action.name().equals(value)) {
                return t("mailbox.history." + action.name());
            }
        }
        return value;
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
