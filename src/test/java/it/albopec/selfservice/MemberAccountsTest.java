package it.albopec.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.member.MemberService;
import it.albopec.security.LoginThrottledException;
import it.albopec.selfservice.SelfServiceFixtures.TestMember;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Member accounts (issue 13): the ADMIN's activation goes out by e-mail (through the outbox) with a code that works once
 * and expires; the member then signs in with their codice fiscale typed in any case and with spaces; a reset never says
 * whether a codice fiscale exists; a struck-off member cannot sign in; failed logins are throttled as for staff.
 */
@AlboPecTest
class MemberAccountsTest {

    private static final Pattern CODE = Pattern.compile("code=([A-Z0-9]{16})");
    private static final String PASSWORD = "Primavera2026";

    @Autowired SelfServiceFixtures fixtures;
    @Autowired MemberAccess access;
    @Autowired AccountRecovery recovery;
    @Autowired MemberService members;
    @Autowired AuthenticationProvider authentication;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theActivationIsEmailedAndItsCodeSetsThePasswordOnce() {
        TestMember m = fixtures.member("admin.fg", "Attivando", LocalDate.now().minusYears(1));
        signIn.as("admin.fg");
        MemberAccess.Issued issued = access.issueActivation(m.memberId());
        signIn.out();

        assertThat(issued.emailed()).isTrue();
        Map<String, Object> mail = jdbc.queryForMap("SELECT recipient, body, confidential, kind, state FROM outbox_message "
                + "WHERE kind = 'ACCOUNT_ACTIVATION' AND recipient = ?", m.email());
        assertThat(mail.get("confidential")).isEqualTo(true);
        assertThat(mail.get("state")).isEqualTo("PENDING");
        assertThat((String) mail.get("body")).contains("/set-password?code=" + issued.code().code()).contains(issued.code().groupedCode())
                .contains(m.fiscalCode());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_token WHERE token_hash LIKE ?", Long.class, "%" + issued.code().code() + "%"))
                .as("only a hash of the code is stored").isZero();
        assertThatThrownBy(() -> signInAs(m.fiscalCode(), "anything")).isInstanceOf(AuthenticationException.class);

        assertThatThrownBy(() -> recovery.setPassword(issued.code().code(), "corta1"))
                .isInstanceOf(ServiceException.class).extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("security.password.rulesBroken");
        assertThatThrownBy(() -> recovery.setPassword(issued.code().code(), m.fiscalCode() + "x1"))
                .as("a password containing the codice fiscale").isInstanceOf(ServiceException.class);

        // typed from the letter: lower case, with its dashes
        assertThat(recovery.setPassword(issued.code().groupedCode().toLowerCase(), PASSWORD)).isEqualTo(m.fiscalCode());
        assertThatThrownBy(() -> recovery.setPassword(issued.code().code(), "Altrapassword99"))
                .isInstanceOf(ServiceException.class).extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("security.code.invalid");

        String typed = "  " + m.fiscalCode().substring(0, 6).toLowerCase() + " " + m.fiscalCode().substring(6, 11) + "  "
                + m.fiscalCode().substring(11).toLowerCase() + " ";
        Authentication signedIn = signInAs(typed, PASSWORD);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_MEMBER")
                .doesNotContain("ROLE_ADMIN", "ROLE_FINANCE", "ROLE_OPERATOR");
        assertThat(signedIn.getName()).isEqualTo(m.fiscalCode());
    }

    @Test
    void aCodeExpiresAndANewActivationVoidsTheOldOne() {
        TestMember m = fixtures.member("admin.fg", "Scadendo", LocalDate.now().minusYears(1));
        signIn.as("admin.fg");
        String first = access.issueActivation(m.memberId()).code().code();
        String second = access.issueActivation(m.memberId()).code().code();
        signIn.out();
        assertThatThrownBy(() -> recovery.setPassword(first, PASSWORD)).as("the older code stopped working").isInstanceOf(ServiceException.class);

        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> recovery.setPassword(second, PASSWORD)).as("30 days later").isInstanceOf(ServiceException.class);
        clock.reset();
        assertThat(recovery.setPassword(second, PASSWORD)).as("still valid before expiry").isEqualTo(m.fiscalCode());
    }

    @Test
    void aResetNeverTellsWhetherACodiceFiscaleExistsAndItsLinkWorksOnce() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Dimentico", "de");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACCOUNT_RESET'", Long.class);
        recovery.requestReset("ZZZZZZ99Z99Z999Z");
        recovery.requestReset("admin.fg");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACCOUNT_RESET'", Long.class))
                .as("nothing is sent for an unknown code or a staff user").isEqualTo(before);

        recovery.requestReset(" " + m.fiscalCode().toLowerCase() + " ");
        recovery.requestReset(m.fiscalCode());
        var mails = jdbc.queryForList("SELECT subject, body, language FROM outbox_message WHERE kind = 'ACCOUNT_RESET' AND recipient = ?", m.email());
        assertThat(mails).as("one e-mail even when asked twice in a row").hasSize(1);
        assertThat(mails.getFirst().get("language")).isEqualTo("de");
        assertThat((String) mails.getFirst().get("subject")).contains("neues Passwort");
        Matcher code = CODE.matcher((String) mails.getFirst().get("body"));
        assertThat(code.find()).isTrue();

        assertThat(recovery.setPassword(code.group(1), PASSWORD)).isEqualTo(m.fiscalCode());
        assertThatThrownBy(() -> recovery.setPassword(code.group(1), "Ancoraunavolta1")).isInstanceOf(ServiceException.class);
        assertThat(signInAs(m.fiscalCode(), PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signInAs(m.fiscalCode(), "demo")).as("the old password no longer works").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aMemberStruckOffCanNoLongerSignInNorGetAnActivation() throws InterruptedException {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Cancellando", "it");
        assertThat(signInAs(m.fiscalCode(), "demo").isAuthenticated()).isTrue();
        signIn.as("admin.fg");
        members.strikeOff(m.memberId(), members.get(m.memberId()).version(), LocalDate.now(), "Cancellazione su richiesta");
        assertThatThrownBy(() -> access.issueActivation(m.memberId())).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("selfservice.access.error.notOnRegister");
        signIn.out();

        assertThatThrownBy(() -> signInAs(m.fiscalCode(), "demo")).isInstanceOf(DisabledException.class);
        for (int i = 0; i < 100 && Boolean.TRUE.equals(enabled(m)); i++) {
            Thread.sleep(100); // the register's event closes the account after its transaction
        }
        assertThat(enabled(m)).as("the account is closed").isFalse();
    }

    @Test
    void anotherOrdersAdminCannotIssueAnActivation() {
        TestMember m = fixtures.member("admin.fg", "Estraneo", LocalDate.now().minusYears(1));
        signIn.as("admin.po");
        assertThatThrownBy(() -> access.issueActivation(m.memberId())).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE member_id = ?", Long.class, m.memberId())).isZero();
    }

    @Test
    void failedLoginsAreThrottledWhateverTheCaseAndSpacesOfTheCode() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Bloccando", "it");
        for (int i = 0; i < 5; i++) {
            String typed = i % 2 == 0 ? m.fiscalCode().toLowerCase() : m.fiscalCode().substring(0, 8) + " " + m.fiscalCode().substring(8);
            assertThatThrownBy(() -> signInAs(typed, "sbagliata")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signInAs(m.fiscalCode(), "demo")).isInstanceOf(LoginThrottledException.class);
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", "user:" + m.fiscalCode().toLowerCase());
    }

    private Boolean enabled(TestMember m) {
        return jdbc.queryForObject("SELECT enabled FROM app_user WHERE member_id = ?", Boolean.class, m.memberId());
    }

    private Authentication signInAs(String username, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
