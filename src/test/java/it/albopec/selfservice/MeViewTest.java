package it.albopec.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import it.albopec.member.ui.MemberListView;
import it.albopec.selfservice.SelfServiceFixtures.TestMember;
import it.albopec.selfservice.ui.MeView;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock.MutableClock;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The member's page, browserless: the state in plain words with the days left, in the member's language; only /me. */
class MeViewTest extends UiTest {

    @Autowired SelfServiceFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theMailboxStateIsSaidInPlainWordsWithADaysCountdownInTheMembersLanguage() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Contatore", "it");
        fixtures.mailbox(m, "EXPIRING", LocalDate.of(2024, 3, 12), LocalDate.of(2027, 3, 12), false, null, false);
        clock.setToday(LocalDate.of(2026, 11, 24));
        open(m);
        assertThat(state()).isEqualTo("Attiva fino al 12 marzo 2027 (108 giorni).");
        assertThat(texts()).contains("Il pagamento scelto non si rinnova da solo: per non perdere la casella la rinnovi entro il 12 marzo 2027.");

        jdbc.update("UPDATE app_user SET language = 'de' WHERE member_id = ?", m.memberId());
        open(m);
        assertThat(state()).isEqualTo("Aktiv bis 12. März 2027 (108 Tage).");
    }

    @Test
    void aCardThatExpiresBeforeTheRenewalIsWarnedAbout() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Cartascaduta", "it");
        fixtures.mailbox(m, "ACTIVE", LocalDate.of(2025, 6, 1), LocalDate.of(2028, 6, 1), true, YearMonth.of(2027, 1), false);
        clock.setToday(LocalDate.of(2026, 11, 24));
        open(m);
        assertThat(texts()).anyMatch(t -> t.startsWith("Attenzione: la carta di pagamento registrata scade il 31 gennaio 2027, prima del rinnovo del 1 giugno 2028."));
    }

    @Test
    void aNewMemberReadsFromWhenTheyCanRegister() {
        TestMember m = fixtures.member("admin.fg", "Nuovissimo", LocalDate.now());
        fixtures.memberWithAccountFor(m, "it");
        open(m);
        assertThat(state()).startsWith("Non ancora comunicata al gestore: potrà registrarsi dal ");
    }

    @Test
    void aMemberOpeningAStaffPageLandsOnTheirOwnPage() {
        TestMember m = fixtures.memberWithAccount("admin.po", "Smarrito", "it");
        open(m);
        UI.getCurrent().navigate("members");
        assertThat(getCurrentView()).isNotInstanceOf(MemberListView.class);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(MeView.class);
    }

    @Test
    void theMemberCorrectsTheirEmailOnThePage() {
        TestMember m = fixtures.memberWithAccount("admin.fg", "Correggo", "it");
        open(m);
        test($(EmailField.class).single()).setValue("corretta@example.org");
        test($(Button.class).withText("Salva i recapiti").single()).click();
        assertThat(jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, m.memberId())).isEqualTo("corretta@example.org");
    }

    private void open(TestMember m) {
        signIn.as(m.fiscalCode());
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate(MeView.class);
    }

    private String state() {
        return $(Paragraph.class).withClassName("me-state").single().getText();
    }

    private java.util.List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
