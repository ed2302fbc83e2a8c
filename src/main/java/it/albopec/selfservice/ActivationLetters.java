package it.albopec.selfservice;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import it.albopec.order.OrderDetails;
import it.albopec.security.MemberAccounts.IssuedCode;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The activation letter: one A4 page per member, in the member's language, with the address of the page where the
 * code is typed and the code itself in large letters (a member without e-mail gets their access this way).
 */
@Component
class ActivationLetters {

    private final I18NProvider translations;
    private final AccountMails mails;

    ActivationLetters(I18NProvider translations, AccountMails mails) {
        this.translations = translations;
        this.mails = mails;
    }

    void write(OrderDetails order, List<IssuedCode> codes, OutputStream out) {
        var document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(document, out);
        document.open();
        Font normal = new Font(Font.HELVETICA, 11);
        Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font code = new Font(Font.COURIER, 22, Font.BOLD);
        boolean first = true;
        for (IssuedCode c : codes) {
            if (!first) {
                document.newPage();
            }
            first = false;
            Locale locale = Locale.of(c.language() == null ? "it" : c.language());
            document.add(new Paragraph(order.displayName(locale), title));
            if (order.address() != null) {
                document.add(new Paragraph(order.address(), normal));
            }
            document.add(new Paragraph(" "));
            var to = new Paragraph(c.displayName() + "\n" + t("selfservice.letter.fiscalCode", locale, c.fiscalCode()), bold);
            to.setAlignment(Element.ALIGN_RIGHT);
            document.add(to);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t("selfservice.letter.subject", locale), bold));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t("selfservice.letter.body", locale, mails.setPasswordPage()), normal));
            document.add(new Paragraph(" "));
            var codeLine = new Paragraph(c.groupedCode(), code);
            codeLine.setAlignment(Element.ALIGN_CENTER);
            document.add(codeLine);
            document.add(new Paragraph(" "));
            String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(c.expiresAt().atZone(AccountMails.ROME).toLocalDate());
            document.add(new Paragraph(t("selfservice.letter.expiry", locale, expires), normal));
            document.add(new Paragraph(t("selfservice.letter.signIn", locale, c.fiscalCode()), normal));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t("selfservice.letter.keep", locale), normal));
        }
        document.close();
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
