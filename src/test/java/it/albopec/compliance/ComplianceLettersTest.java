package it.albopec.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import it.albopec.testsupport.TestMembers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The letters read back from their PDF with PDFBox: the text is the expected letter, word for word. */
@AlboPecTest
class ComplianceLettersTest {

    @Autowired ComplianceService compliance;
    @Autowired ComplianceJob job;
    @Autowired MemberService members;
    @Autowired SignIn signIn;
    @Autowired TestClock.MutableClock clock;

    final LocalDate today = LocalDate.of(2026, 3, 2);

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void theFormalNoticeIsPratosLetterWordForWord() throws IOException {
        clock.setToday(today);
        signIn.as("admin.po");
        var form = TestMembers.physician("Postino", "Paolo", today.minusYears(6));
        long member = members.create(form).id();
        var c = compliance.remind(member, null);
        compliance.sendNotice(c.id(), c.version());

        byte[] pdf = letter(c.id(), LetterKind.FORMAL_NOTICE);

        String expected = String.join("\n",
                "Ordine Provinciale dei Medici Chirurghi e degli Odontoiatri di Prato",
                "Via Viareggio, 10 – 59100 Prato",
                "PEC: presidenza.po@pec.omceo.it – segreteria.po@pec.omceo.it – odontoiatri.po@pec.omceo.it",
                "Codice fiscale: 92026220480",
                "Data: 2 marzo 2026",
                "Gentile Dott. Paolo Postino",
                "Codice fiscale " + form.getFiscalCode(),
                "Oggetto: Diffida alla comunicazione del domicilio digitale (PEC)",
                "Gentile Collega,",
                "ai sensi dell'art. 16, comma 7, del DL 185/2008, come modificato dall'art. 37 del DL 76/2020, il professionista che non "
                        + "comunica il proprio domicilio digitale all'albo è obbligatoriamente soggetto a diffida ad adempiere entro trenta "
                        + "giorni da parte dell'Ordine.",
                "Dai nostri archivi non risulta alcun indirizzo PEC a Lei intestato.",
                "La diffidiamo pertanto a comunicare all'Ordine un indirizzo PEC valido entro il 1 aprile 2026.",
                "In caso di mancata comunicazione entro tale termine, l'Ordine proporrà al Consiglio la sospensione dall'albo fino alla "
                        + "comunicazione del domicilio digitale.",
                "Cordiali saluti.",
                "La Segreteria dell'Ordine");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(words(new PDFTextStripper().getText(document))).isEqualTo(words(expected));
            render(document, "diffida-prato.png");
        }
    }

    @Test
    void aBolzanoReminderInGermanCarriesTheGermanNameOfTheOrder() throws IOException {
        clock.setToday(today);
        signIn.as("admin.bz");
        long member = members.create(TestMembers.physician("Pichler", "Paul", today.minusYears(6))).id();
        var c = compliance.remind(member, "de");

        String text = text(letter(c.id(), LetterKind.REMINDER));

        assertThat(text).startsWith("Ärzte- und Zahnärztekammer der Provinz Bozen")
                .contains("Datum: 2. März 2026")
                .contains("Betreff: Erinnerung an die Mitteilung des digitalen Domizils (PEC)")
                .contains("Laut unseren Unterlagen ist keine PEC-Adresse auf Ihren Namen eingetragen.")
                .doesNotContain("compliance.").doesNotContain("Diffida");
    }

    @Test
    void aBatchIsOnePdfWithAPagePerMemberAndAZipOfSeparateFiles() throws IOException {
        clock.setToday(today);
        signIn.as("admin.po");
        var first = TestMembers.physician("Uno", "Ugo", today.minusYears(6));
        var second = TestMembers.physician("Due", "Dino", today.minusYears(6));
        long a = compliance.remind(members.create(first).id(), null).id();
        long b = compliance.remind(members.create(second).id(), null).id();

        var out = new ByteArrayOutputStream();
        compliance.writeLetters(List.of(a, b), LetterKind.REMINDER, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(page(document, 1)).contains("Gentile Dott. Ugo Uno").doesNotContain("Dino Due");
            assertThat(page(document, 2)).contains("Gentile Dott. Dino Due").doesNotContain("Ugo Uno");
        }

        var zip = new ByteArrayOutputStream();
        compliance.writeLettersZip(List.of(a, b), LetterKind.REMINDER, zip);
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                texts.add(text(in.readAllBytes()));
            }
        }
        assertThat(names).containsExactly("sollecito-pec-" + first.getFiscalCode() + ".pdf", "sollecito-pec-" + second.getFiscalCode() + ".pdf");
        assertThat(texts.get(0)).contains("Ugo Uno").contains("Sollecito alla comunicazione del domicilio digitale (PEC)");
        assertThat(texts.get(1)).contains("Dino Due");
    }

    @Test
    void theListForACouncilMeetingNamesTheMembersProposedToIt() throws IOException {
        clock.setToday(today);
        signIn.as("admin.po");
        var proposed = TestMembers.physician("Consigliato", "Corrado", today.minusYears(6));
        var waiting = TestMembers.physician("Attesa", "Alba", today.minusYears(6));
        var c = compliance.remind(members.create(proposed).id(), null);
        c = compliance.sendNotice(c.id(), c.version());
        var w = compliance.remind(members.create(waiting).id(), null);
        compliance.sendNotice(w.id(), w.version());
        clock.setToday(today.plusDays(31));
        job.run(today.plusDays(31));
        LocalDate meeting = today.plusDays(45);
        compliance.proposeToCouncil(c.id(), compliance.getCase(c.id()).version(), meeting);

        var out = new ByteArrayOutputStream();
        compliance.writeCouncilList(meeting, java.util.Locale.ITALIAN, out);

        String text = text(out.toByteArray());
        assertThat(text).contains("Elenco per la seduta del Consiglio del 16 aprile 2026")
                .contains("Consigliato").contains(proposed.getFiscalCode()).contains("Nessuna PEC")
                .doesNotContain("Attesa");
    }

    private byte[] letter(long caseId, LetterKind kind) {
        var out = new ByteArrayOutputStream();
        compliance.writeLetter(caseId, kind, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).strip();
        }
    }

    private static String page(PDDocument document, int n) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        return stripper.getText(document);
    }

    /** The text as a list of words: line breaks in the PDF fall where the page width puts them. */
    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    /** The first page as a PNG under target/, to look at. */
    private static void render(PDDocument document, String name) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 96);
        Path dir = Path.of("target", "letters");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name).toFile());
        assertThat(image.getWidth()).isGreaterThan(700);
    }
}
