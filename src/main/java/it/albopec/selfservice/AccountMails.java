package it.albopec.selfservice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import it.albopec.notification.Outbox;
import it.albopec.notification.OutboxDraft;
import it.albopec.security.MemberAccounts.IssuedCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails that carry an activation or reset code, in the member's language, through the outbox (marked
 * confidential: staff see that the message exists, never its link).
 */
@Component
class AccountMails {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final Outbox outbox;
    private final I18NProvider translations;
    private final String publicUrl;

    AccountMails(Outbox outbox, I18NProvider translations, @Value("${albopec.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.translations = translations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The page where a code is typed (printed letters) or that a link opens with the code filled in. */
    String setPasswordPage() {
        return publicUrl + "/set-password";
    }

    String link(IssuedCode code) {
        return setPasswordPage() + "?code=" + code.code();
    }

    /** Enqueues the e-mail for the code; false when the member has no e-mail address (the letter is the only way). */
    boolean send(IssuedCode code, String orderName) {
        if (code.email() == null || code.email().isBlank()) {
            return false;
        }
        Locale locale = Locale.of(code.language() == null ? "it" : code.language());
        String kind = code.purpose().name().toLowerCase(Locale.ROOT);
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(code.expiresAt().atZone(ROME));
        String subject = translations.getTranslation("selfservice.mail." + kind + ".subject", locale, orderName);
        String body = translations.getTranslation("selfservice.mail." + kind + ".body", locale, code.displayName(), orderName,
                link(code), code.groupedCode(), setPasswordPage(), expires, code.fiscalCode());
        return outbox.enqueue(new OutboxDraft(code.orderId(), code.email(), locale.getLanguage(), subject, body,
                "ACCOUNT_" + code.purpose().name(), "account:" + kind + ":" + code.userId() + ":" + MemberAccountsHash.of(code.code()), true));
    }
}
