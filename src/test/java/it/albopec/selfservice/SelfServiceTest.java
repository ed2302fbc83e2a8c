package it.albopec.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.base.ServiceException;
import it.albopec.mailbox.MailboxFilter;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.PreloadLists;
import it.albopec.member.MemberFilter;
import it.albopec.member.MemberService;
import it.albopec.notification.OutboxMessages;
import it.albopec.security.UserAdministration;
import it.albopec.selfservice.SelfServiceFixtures.TestMember;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The member's page reads the signed-in member only (issue 13): its service takes no id; the staff services it could be
 * pointed at refuse a member; contact corrections are audited and refused when wrong or stale; Prato's "I sent the test
 * message" is recorded once and shown to staff.
 */
@AlboPecTest
class SelfServiceTest {

    @Autowired SelfServiceFixtures fixtures;
    @Autowired SelfService self;
    @Autowired it.albopec.compliance.ComplianceService compliance;
    @Autowired it.albopec.finance.MemberCosts costs;
    @Autowired MemberAccess access;
    @Autowired MemberService members;
    @Autowired MailboxService mailboxes;
    @Autowired PreloadLists preloadLists;
    @Autowired AuditTrail audit;
    @Autowired OutboxMessages outbox;
    @Autowired UserAdministration users;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void aMemberWithAnOpenComplianceCaseReadsWhatTheOrderRequires() {
        TestMember m = fixtures.memberWithAccount("admin.po", "Senzapec", "it");
        signIn.as(m.fiscalCode());
        assertThat(self.page().obligation()).isEmpty();
        signIn.as("admin.po");
        compliance.remind(m.memberId(), "it");
        signIn.as(m.fiscalCode());
        assertThat(self.page().obligation()).hasValueSatisfying(o -> {
            assertThat(o.step()).isEqualTo(it.albopec.compliance.CaseStep.REMINDER_SENT);
            assertThat(o.reason()).isEqualTo(it.albopec.compliance.Reason.NONE);
        });
    }

    @Test
    void aMemberReadsOnlyThemselvesAndNoStaffService() {
        TestMember m = fixtures.memberWithAccount("admin.po", "Curioso", "it");
        long box = fixtures.mailbox(m, "ACTIVE", LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), true, null, false);
        signIn.as(m.fiscalCode());

        MemberPage page = self.page();
        assertThat(page.member().id()).isEqualTo(m.memberId());
        assertThat(page.member().fiscalCode()).isEqualTo(m.fiscalCode());
        assertThat(page.mailbox()).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(box));
        assertThat(page.order().provinceCode()).isEqualTo("PO");

        long other = jdbc.queryForObject("SELECT MIN(id) FROM member WHERE order_id = ? AND id <> ?", Long.class, m.orderId(), m.memberId());
        List<Runnable> staffCalls = List.of(
                () -> members.get(other), () -> members.find(MemberFilter.none(), PageRequest.of(0, 10)),
                () -> members.findByFiscalCode(m.fiscalCode()),
                () -> mailboxes.ofMember(other), () -> mailboxes.find(MailboxFilter.none(), PageRequest.of(0, 10)),
                () -> preloadLists.outlook(other), () -> audit.find(new AuditFilter(null, null, null, null, null, null), PageRequest.of(0, 10)),
                () -> outbox.find(null, PageRequest.of(0, 10)), () -> access.issueActivation(m.memberId()),
                () -> access.testMessageDeclaredOn(m.memberId()), () -> users.orderStaff(PageRequest.of(0, 10)));
        for (Runnable call : staffCalls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        // the costs API is open to members for their own page, never for another member of the same Order
        assertThat(costs.nextCharge(m.memberId())).isNotNull();
        assertThatThrownBy(() -> costs.nextCharge(other)).isInstanceOf(it.albopec.base.NotFoundException.class);
    }

    @Test
    void contactCorrectionsAreAuditedAndBadOrStaleOnesChangeNothing() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Recapito", "it");
        signIn.as(m.fiscalCode());
        long version = self.page().member().version();

        assertThatThrownBy(() -> self.updateContact(version, "non-un-indirizzo", "333 1234567")).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("member.own.error.email");
        assertThatThrownBy(() -> self.updateContact(version, "nuovo@example.org", "chiamami")).isInstanceOf(ServiceException.class);
        assertThat(self.page().member().email()).isEqualTo(m.email());

        var updated = self.updateContact(version, "nuovo.recapito@example.org", "+39 333 1234567");
        assertThat(updated.email()).isEqualTo("nuovo.recapito@example.org");
        assertThat(updated.phone()).isEqualTo("+39 333 1234567");
        assertThat(jdbc.queryForObject("SELECT email FROM app_user WHERE member_id = ?", String.class, m.memberId()))
                .as("reset links go to the corrected address").isEqualTo("nuovo.recapito@example.org");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'member' AND entity_id = ? "
                + "AND action = 'contact-corrected-by-member' AND username = ?", Long.class, m.memberId(), m.fiscalCode())).isEqualTo(1);

        assertThatThrownBy(() -> self.updateContact(version, "vecchio@example.org", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(self.page().member().email()).isEqualTo("nuovo.recapito@example.org");
    }

    @Test
    void pratosTestMessageDeclarationIsRecordedOnceAndStaffSeeIt() {
        TestMember m = fixtures.memberWithAccount("admin.po", "Provante", "it");
        fixtures.mailbox(m, "ACTIVE", LocalDate.now().minusDays(3), LocalDate.now().plusYears(3), true, null, true);
        signIn.as(m.fiscalCode());
        assertThat(self.page().mailbox().orElseThrow().testMessageMissing()).isTrue();
        assertThat(self.page().testMessageDeclaredOn()).isEmpty();
        LocalDate declared = self.declareTestMessageSent();
        self.declareTestMessageSent();
        assertThat(self.page().testMessageDeclaredOn()).contains(declared);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_message_declaration WHERE member_id = ?", Long.class, m.memberId())).isEqualTo(1);

        signIn.as("admin.po");
        assertThat(access.testMessageDeclaredOn(m.memberId())).contains(declared);
        signIn.as("admin.fg");
        assertThat(access.testMessageDeclaredOn(m.memberId())).as("another Order sees nothing").isEmpty();
    }

    @Test
    void aMemberWithoutATestMessageDueCannotDeclareOne() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Senzaprova", "it");
        signIn.as(m.fiscalCode());
        assertThatThrownBy(self::declareTestMessageSent).isInstanceOf(ServiceException.class);
    }

    @Test
    void bolzanosMembersChooseGermanOrItalianOnly() {
        TestMember m = fixtures.memberWithAccount("admin.bz", "Zweisprachig", "it");
        signIn.as(m.fiscalCode());
        assertThat(self.page().languages()).containsExactlyInAnyOrder("it", "de");
        self.chooseLanguage("de");
        assertThat(self.language()).contains("de");
        assertThatThrownBy(() -> self.chooseLanguage("en")).isInstanceOf(ServiceException.class);
    }
}
