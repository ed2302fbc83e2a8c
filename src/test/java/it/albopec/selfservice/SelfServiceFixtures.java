package it.albopec.selfservice;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import it.albopec.member.MemberDetails;
import it.albopec.member.MemberService;
import it.albopec.security.MemberAccounts;
import it.albopec.security.MemberIdentity;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestMembers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members of a demo Order created for one test, with an e-mail address, a member account (password {@code demo}, in a
 * chosen language) and a convention mailbox written with the dates the test needs.
 */
@Component
public class SelfServiceFixtures {

    public record TestMember(long orderId, long memberId, String fiscalCode, String email, long version) {}

    private final SignIn signIn;
    private final MemberService members;
    private final MemberAccounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SelfServiceFixtures(SignIn signIn, MemberService members, MemberAccounts accounts, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.signIn = signIn;
        this.members = members;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** A new member of the Order of the given ADMIN (e.g. "admin.fg"), without an account; leaves nobody signed in. */
    public TestMember member(String admin, String surname, LocalDate registeredOn) {
        signIn.as(admin);
        var form = TestMembers.physician(surname, "Prova", registeredOn);
        String email = surname.toLowerCase() + "." + System.nanoTime() + "@example.org";
        form.setEmail(email);
        MemberDetails created = members.create(form);
        signIn.out();
        return new TestMember(created.orderId(), created.id(), created.fiscalCode(), email, created.version());
    }

    /** The member with an activated account, password "demo", in the given language. */
    public TestMember memberWithAccount(String admin, String surname, String language) {
        TestMember m = member(admin, surname, LocalDate.now().minusYears(3));
        transaction.executeWithoutResult(tx -> accounts.ensureDemoAccount(
                new MemberIdentity(m.orderId(), m.memberId(), m.fiscalCode(), "Prova " + surname, m.email()), "demo", language));
        return m;
    }

    /** An activated account (password "demo") for a member created by {@link #member}. */
    public void memberWithAccountFor(TestMember m, String language) {
        transaction.executeWithoutResult(tx -> accounts.ensureDemoAccount(
                new MemberIdentity(m.orderId(), m.memberId(), m.fiscalCode(), "Prova", m.email()), "demo", language));
    }

    /** An active mailbox with the given expiry under the Order's convention. */
    public long mailbox(TestMember m, String state, LocalDate activatedOn, LocalDate expiresOn, boolean autoRenewal, YearMonth card,
                        boolean testMessageRequired) {
        long conventionId = jdbc.queryForObject("SELECT MIN(id) FROM convention WHERE order_id = ?", Long.class, m.orderId());
        jdbc.update("INSERT INTO mailbox (order_id, member_id, convention_id, pec_address, provider_login, payment_method, auto_renewal, "
                        + "card_valid_until, term_months, test_message_required, documents_required, eligible_on, requested_on, activated_on, "
                        + "expires_on, state, state_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 36, ?, FALSE, ?, ?, ?, ?, ?, ?)",
                m.orderId(), m.memberId(), conventionId, "prova." + m.memberId() + "@pec.omceo.it", "1234567@aruba.it",
                autoRenewal ? "CARD" : "BOLLETTINO", autoRenewal, card == null ? null : Date.valueOf(card.atEndOfMonth()),
                testMessageRequired, Date.valueOf(activatedOn.minusDays(10)), Date.valueOf(activatedOn.minusDays(2)),
                Date.valueOf(activatedOn), Date.valueOf(expiresOn), state, Date.valueOf(activatedOn));
        return jdbc.queryForObject("SELECT MAX(id) FROM mailbox WHERE member_id = ?", Long.class, m.memberId());
    }
}
