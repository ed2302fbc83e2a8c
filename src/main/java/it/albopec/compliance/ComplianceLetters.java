package it.albopec.compliance;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import it.albopec.base.ModuleTranslations;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;

/**
 * The reminder and the formal notice as PDF, on the Order's letterhead (name, address, PEC addresses, tax code), in
 * the letter's language. The texts are the bundle's ({@code compliance.letter.*}), so the e-mail says the same.
 */
@Component
class ComplianceLetters {

    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x0b, 0x53, 0x94));
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font BODY = new Font(Font.HELVETICA, 11, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);

    private final ModuleTranslations translations;

    ComplianceLetters(ModuleTranslations translations) {
        this.translations = translations;
    }

    /** One PDF; each letter starts on a new page. */
    void write(List<Letter> letters, OutputStream out) {
        var document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO); // justified lines stretch the spaces, not the letters
        document.open();
        document.addTitle(letters.isEmpty() ? "" : subject(letters.getFirst()));
        if (letters.isEmpty()) {
            document.add(new Paragraph(" "));
        }
        boolean first = true;
        for (Letter letter : letters) {
            if (!first) {
                document.newPage();
            }
            first = false;
            page(document, letter);
        }
        document.close();
    }

    /** A ZIP with one PDF per letter. */
    void writeZip(List<Letter> letters, OutputStream out) {
        try {
            var zip = new ZipOutputStream(out);
            for (Letter letter : letters) {
                zip.putNextEntry(new ZipEntry(letter.fileName()));
                var pdf = new ByteArrayOutputStream();
                write(List.of(letter), pdf);
                zip.write(pdf.toByteArray());
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One member on a Council meeting's list. */
    record CouncilEntry(String surname, String givenName, String fiscalCode, Reason reason, LocalDate reminder, LocalDate notice,
                        LocalDate deadline) {}

    /** The list for the Council meeting: a table of the members whose suspension is proposed. */
    void writeCouncilList(it.albopec.order.OrderDetails order, LocalDate meeting, List<CouncilEntry> entries, java.util.Locale language,
                          OutputStream out) {
        var document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        var head = new Paragraph(order.displayName(language), LETTERHEAD);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        document.add(new Paragraph(" "));
        String date = meeting.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
        document.add(new Paragraph(translations.getTranslation("compliance.council.title", language, date), BOLD));
        document.add(new Paragraph(translations.getTranslation("compliance.council.intro", language, entries.size()), BODY));
        document.add(new Paragraph(" "));
        var table = new org.openpdf.text.pdf.PdfPTable(new float[] {3, 3, 3, 4, 2, 2, 2});
        table.setWidthPercentage(100);
        for (String key : List.of("surname", "givenName", "fiscalCode", "reason", "reminder", "notice", "deadline")) {
            table.addCell(new org.openpdf.text.Phrase(translations.getTranslation("compliance.council.column." + key, language), BOLD));
        }
        var shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(language);
        for (CouncilEntry e : entries) {
            for (String cell : List.of(e.surname(), e.givenName(), e.fiscalCode(),
                    translations.getTranslation("compliance.reason." + e.reason().name(), language),
                    e.reminder() == null ? "" : e.reminder().format(shortDate), e.notice() == null ? "" : e.notice().format(shortDate),
                    e.deadline() == null ? "" : e.deadline().format(shortDate))) {
                table.addCell(new org.openpdf.text.Phrase(cell, BODY));
            }
        }
        document.add(table);
        document.close();
    }

    String subject(Letter letter) {
        return t(letter, "compliance.letter." + letter.kind().name() + ".subject");
    }

    /** The letter's text without the letterhead: the e-mail's body. */
    String body(Letter letter) {
        return String.join("\n\n", paragraphs(letter));
    }

    private void page(Document document, Letter letter) {
        var order = letter.order();
        var head = new Paragraph(order.displayName(letter.language()), LETTERHEAD);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        var lines = new StringBuilder();
        if (order.address() != null) {
            lines.append(order.address()).append('\n');
        }
        if (!order.pecAddresses().isEmpty()) {
            lines.append(t(letter, "compliance.letter.pec")).append(": ").append(String.join(" – ", order.pecAddresses())).append('\n');
        }
        if (order.taxCode() != null) {
            lines.append(t(letter, "compliance.letter.taxCode")).append(": ").append(order.taxCode());
        }
        var details = new Paragraph(lines.toString().strip(), SMALL);
        details.setAlignment(Element.ALIGN_CENTER);
        document.add(details);
        document.add(new LineSeparator(0.5f, 100, Color.GRAY, Element.ALIGN_CENTER, -4));
        document.add(new Paragraph(" "));

        var date = new Paragraph(t(letter, "compliance.letter.date", date(letter, letter.date())), BODY);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.add(new Paragraph(" "));
        var to = new Paragraph(t(letter, "compliance.letter.to." + (letter.female() ? "F" : "M"), letter.givenName(), letter.surname()) + "\n"
                + t(letter, "compliance.letter.fiscalCode", letter.fiscalCode()), BODY);
        to.setIndentationLeft(260);
        document.add(to);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(t(letter, "compliance.letter.subjectLine", subject(letter)), BOLD));
        document.add(new Paragraph(" "));
        for (String paragraph : paragraphs(letter)) {
            var p = new Paragraph(paragraph, BODY);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setSpacingAfter(8);
            document.add(p);
        }
        document.add(new Paragraph(" "));
        var signature = new Paragraph(t(letter, "compliance.letter.signature"), BODY);
        signature.setIndentationLeft(260);
        document.add(signature);
    }

    private List<String> paragraphs(Letter letter) {
        String kind = "compliance.letter." + letter.kind().name();
        String reason = t(letter, "compliance.letter.reason." + letter.reason().name(), letter.since() == null ? "" : date(letter, letter.since()));
        if (letter.kind() == LetterKind.REMINDER) {
            return List.of(t(letter, "compliance.letter.salutation"), t(letter, kind + ".law"), reason, t(letter, kind + ".request"),
                    t(letter, "compliance.letter.closing"));
        }
        return List.of(t(letter, "compliance.letter.salutation"), t(letter, kind + ".law"), reason,
                t(letter, kind + ".request", date(letter, letter.deadline())), t(letter, kind + ".consequence"),
                t(letter, "compliance.letter.closing"));
    }

    private String t(Letter letter, String key, Object... args) {
        return translations.getTranslation(key, letter.language(), args);
    }

    private static String date(Letter letter, LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(letter.language()));
    }
}
