package it.albopec.finance.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import it.albopec.convention.Payer;
import it.albopec.finance.ChargeState;

/** Money, dates, states and payers as the finance pages show them, in the user's language. */
final class FinanceTexts {

    private FinanceTexts() {}

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    /** 17,08 € in Italian and German, €17.08 in English; a dash when no fee is set. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return t("finance.noFee");
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale().getLanguage().equals("en") ? Locale.UK : Locale.ITALY);
        if (locale().getLanguage().equals("de")) {
            format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        }
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()));
    }

    static String period(LocalDate start, LocalDate end) {
        return date(start) + " – " + date(end.minusDays(1));
    }

    static String state(ChargeState state) {
        return t("finance.state." + state.name());
    }

    static String payer(Payer payer) {
        return payer == null ? t("finance.filter.any") : t("finance.payer." + payer.name());
    }

    /** The payment's reference, or why a charge was waived or cancelled, as the user reads it. */
    static String referenceOrNote(it.albopec.finance.ChargeRow row) {
        if (row.paymentReference() != null) {
            for (it.albopec.convention.PaymentMethod method : it.albopec.convention.PaymentMethod.values()) {
                if (method.name().equals(row.paymentReference())) {
                    return t("finance.reference.withRequest", t("finance.method." + method.name()));
                }
            }
            return row.paymentReference();
        }
        if (row.note() != null && row.note().startsWith("MAILBOX_")) {
            return t("finance.note." + row.note());
        }
        return row.note() == null ? "" : row.note();
    }

    static Span stateBadge(ChargeState state, boolean overdue) {
        var badge = new Span(overdue ? t("finance.state.OVERDUE") : state(state));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("charge-state");
        switch (state) {
            case PAID -> badge.getElement().getThemeList().add("success");
            case DUE -> {
                if (overdue) {
                    badge.getElement().getThemeList().add("error");
                }
            }
            case FORECAST, CANCELLED, WAIVED -> badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }
}
