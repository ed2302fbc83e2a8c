package it.albopec.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import it.albopec.mailbox.MailboxAction;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.MailboxHistoryEntry;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The provider's list of mailboxes: matched to members, mailboxes opened or brought up to date, the gaps listed. */
@AlboPecTest
class ImportProviderListTest {

    static final List<String> HEADERS = List.of("Codice fiscale", "Cognome", "Nome", "Indirizzo PEC", "Data attivazione", "Data scadenza", "Stato");
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired ImportService imports;
    @Autowired MemberService members;
    @Autowired MailboxService mailboxes;
    @Autowired SignIn signIn;
    @TempDir Path dir;

    @BeforeEach
    void signInAsPratosAdmin() {
        signIn.as("admin.po");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    long member(String surname, String givenName) {
        return members.create(TestMembers.physician(surname, givenName, LocalDate.of(2011, 3, 1))).id();
    }

    Object[] row(long memberId, String pec, LocalDate activated, Object expires, String state) {
        var m = members.get(memberId);
        return new Object[] {m.fiscalCode().toLowerCase(), m.surname(), m.givenName(), pec, activated, expires, state};
    }

    long preview(Path file) {
        UploadedWorkbook workbook = imports.open(file, file.getFileName().toString());
        SheetLayout layout = imports.layout(workbook, workbook.sheets().getFirst(), ImportKind.PROVIDER_MAILBOXES);
        return imports.preview(workbook, workbook.sheets().getFirst(), ImportKind.PROVIDER_MAILBOXES, layout.mapping(), ImportProgress.NONE);
    }

    @Test
    void theProvidersListOpensAndUpdatesMailboxesAndListsTheGaps() throws Exception {
        long anna = member("Gestori", "Anna");
        long bruno = member("Gestori", "Bruno");
        LocalDate activated = today.minusMonths(2);
        LocalDate expires = activated.plusYears(1);
        MemberForm stranger = TestMembers.physician("Estraneo", "Carlo", LocalDate.of(2011, 3, 1));

        long first = preview(SheetFiles.xlsx(dir, "gestore-1.xlsx", HEADERS, List.of(
                row(anna, "Anna.Gestori@PEC.it", activated, expires, "Attiva"),
                row(bruno, "bruno.gestori@pec.it", activated, expires, "attiva"),
                new Object[] {stranger.getFiscalCode(), "Estraneo", "Carlo", "carlo@pec.it", activated, expires, "attiva"},
                row(bruno, "bruno2@pec.it", activated, "31/02/2027", "attiva"))));

        ImportRunDetails run = imports.get(first);
        assertThat(List.of(run.created(), run.changed(), run.unchanged(), run.invalid())).containsExactly(2, 0, 0, 2);
        assertThat(imports.rows(first, ImportRowOutcome.INVALID, 0, 10)).extracting(r -> r.problems().getFirst().key())
                .containsExactly("spreadsheet.error.noMember", "spreadsheet.error.date");
        assertThat(mailboxes.ofMember(anna)).isEmpty(); // the dry run wrote nothing

        assertThat(imports.apply(first, true, ImportProgress.NONE).status()).isEqualTo(ImportStatus.APPLIED);
        MailboxDetails annas = mailboxes.ofMember(anna).getFirst();
        assertThat(annas.state()).isEqualTo(MailboxState.ACTIVE);
        assertThat(annas.pecAddress()).isEqualTo("anna.gestori@pec.it");
        assertThat(annas.activatedOn()).isEqualTo(activated);
        assertThat(annas.expiresOn()).isEqualTo(expires);
        assertThat(mailboxes.history(annas.id())).extracting(MailboxHistoryEntry::action)
                .containsExactly(MailboxAction.PRELOADED, MailboxAction.ACTIVATED);

        // the next list renews Anna's mailbox and does not mention Bruno's
        long second = preview(SheetFiles.xlsx(dir, "gestore-2.xlsx", HEADERS, List.<Object[]>of(
                row(anna, "anna.gestori@pec.it", activated, expires.plusYears(1), "Attiva"))));
        ImportRunDetails next = imports.get(second);
        assertThat(next.changed()).isEqualTo(1);
        assertThat(imports.rows(second, ImportRowOutcome.CHANGED, 0, 10).getFirst().changes())
                .extracting("field", "oldValue", "newValue").containsExactly(org.assertj.core.groups.Tuple.tuple("expiresOn",
                        expires.toString(), expires.plusYears(1).toString()));
        assertThat(next.unknownToProvider()).contains(members.get(bruno).fiscalCode()).doesNotContain(members.get(anna).fiscalCode());
        assertThat(imports.apply(second, false, ImportProgress.NONE).status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(mailboxes.ofMember(anna)).singleElement().satisfies(m -> assertThat(m.expiresOn()).isEqualTo(expires.plusYears(1)));
    }
}
