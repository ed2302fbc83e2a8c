package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import it.albopec.base.NotFoundException;
import it.albopec.member.MemberService;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The lists sent to the provider and the check its portal makes against them (step 3 of every seed). */
@AlboPecTest
class PreloadListsTest {

    @Autowired PreloadLists lists;
    @Autowired MemberService members;
    @Autowired MailboxService mailboxes;
    @Autowired SignIn signIn;
    @Autowired it.albopec.testsupport.TestClock.MutableClock clock;
    @Autowired LeadTimeTestOrder leadTimeOrder;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    @Test
    void thePortalCheckIgnoresCaseAccentsAndApostrophes() {
        signIn.as("admin.bz"); // no lead time: the portal knows the list at once
        var form = TestMembers.physician("D'Angelo", "Niccolò", today.minusYears(3));
        members.create(form);
        lists.send(today);

        assertThat(lists.check(form.getFiscalCode(), "D'Angelo", "Niccolò").outcome()).isEqualTo(PortalCheck.Outcome.FOUND);
        assertThat(lists.check(form.getFiscalCode().toLowerCase(), "DANGELO", "NICCOLO'").outcome()).isEqualTo(PortalCheck.Outcome.FOUND);
        assertThat(lists.check(" " + form.getFiscalCode() + " ", "d angelo", "niccolo").outcome()).isEqualTo(PortalCheck.Outcome.FOUND);
        assertThat(lists.check(form.getFiscalCode(), "D'Amico", "Niccolò").outcome()).isEqualTo(PortalCheck.Outcome.NAME_DOES_NOT_MATCH);
    }

    @Test
    void aMemberRegisteredAfterTheLastListIsNotYetPreloadedAndLearnsWhenHeCanRegister() {
        signIn.as("admin.fg");
        lists.send(today.minusDays(1));
        var newcomer = TestMembers.physician("Nuovo", "Iscritto", today);
        long id = members.create(newcomer).id();

        PortalCheck check = lists.outlook(id);
        assertThat(check.outcome()).isEqualTo(PortalCheck.Outcome.NOT_IN_LAST_LIST);
        assertThat(check.listSentOn()).isEqualTo(today.minusDays(1));
        // Foggia: the provider needs about 7/8 days after the next list
        assertThat(check.expectedFrom()).isEqualTo(today.plusDays(8));
        assertThat(mailboxes.count(MailboxFilter.none().withText(newcomer.getFiscalCode()).withNotPreloaded(true))).isEqualTo(1);

        lists.send(today);
        assertThat(mailboxes.ofMember(id)).singleElement().extracting(MailboxDetails::state).isEqualTo(MailboxState.ELIGIBLE);
    }

    /**
     * Foggia: "serve attendere circa 7/8 giorni ... Tali i tempi utili per comunicare i dati da parte dell'Ordine ad Aruba
     * e sovrascrittura del server": a member in the list sent today is not yet known to the portal. In an Order of its
     * own with Foggia's lead time, so that its lists do not change which list is the last one of the demo Orders.
     */
    @Test
    void aMemberInAListJustSentCanRegisterOnlyOnceTheProviderHasLoadedIt() {
        leadTimeOrder.signInAsAdmin();
        var newcomer = TestMembers.physician("Caricamento", "Attesa", today);
        long id = members.create(newcomer).id();
        lists.send(today);

        PortalCheck check = lists.outlook(id);
        assertThat(check.outcome()).isEqualTo(PortalCheck.Outcome.LISTED_LOADING);
        assertThat(check.listSentOn()).isEqualTo(today);
        assertThat(check.expectedFrom()).isEqualTo(today.plusDays(8));
        assertThat(lists.check(newcomer.getFiscalCode(), "Caricamento", "Attesa").outcome()).isEqualTo(PortalCheck.Outcome.LISTED_LOADING);

        clock.setToday(today.plusDays(7));
        assertThat(lists.outlook(id).outcome()).isEqualTo(PortalCheck.Outcome.LISTED_LOADING);
        clock.setToday(today.plusDays(8));
        assertThat(lists.outlook(id).outcome()).isEqualTo(PortalCheck.Outcome.FOUND);
        // a later list does not restart the wait: the provider has known the member since the first one
        lists.send(today.plusDays(8));
        assertThat(lists.outlook(id).outcome()).isEqualTo(PortalCheck.Outcome.FOUND);
    }

    @Test
    void withoutALeadTimeAListedMemberIsFoundAtOnce() {
        signIn.as("admin.bz");
        var newcomer = TestMembers.physician("Subito", "Trovato", today);
        long id = members.create(newcomer).id();
        lists.send(today); // Bolzano's instructions give no lead time
        assertThat(lists.outlook(id).outcome()).isEqualTo(PortalCheck.Outcome.FOUND);
    }

    @Test
    void eachListRemembersWhoWasInItAndGivesTheProviderItsFile() throws Exception {
        signIn.as("admin.bz");
        PreloadListSummary sent = lists.send(today);
        assertThat(sent.username()).isEqualTo("admin.bz");
        assertThat(sent.memberCount()).isPositive();

        var out = new ByteArrayOutputStream();
        lists.writeFile(sent.id(), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Codice fiscale");
            assertThat(sheet.getLastRowNum()).isEqualTo(sent.memberCount());
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).hasSize(16);
            var codes = new java.util.HashSet<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).as("each member once").hasSize(sent.memberCount());
        }
        // the file carries personal data: its download is in the audit trail
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry e JOIN audit_change c ON c.entry_id = e.id "
                + "WHERE e.entity_type = 'export' AND e.username = 'admin.bz' AND c.field = 'filter' AND c.new_value = ?", Long.class,
                "list=" + sent.fileName())).isEqualTo(1);
    }

    @Test
    void anotherOrdersListIsNotFoundAndFinanceCannotSend() {
        signIn.as("admin.bz");
        long bolzanoList = lists.send(today).id();
        signIn.as("admin.po");
        assertThatThrownBy(() -> lists.get(bolzanoList)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lists.writeFile(bolzanoList, new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
        signIn.as("finance.bz");
        assertThatThrownBy(() -> lists.send(today)).isInstanceOf(AccessDeniedException.class);
    }
}
