package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.html.Paragraph;
import it.albopec.member.MemberService;
import it.albopec.member.ui.MemberDetailView;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestClock;
import it.albopec.testsupport.TestMembers;
import it.albopec.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member's page tells the secretary when a newly listed member can register (Foggia: "serve attendere circa 7/8
 * giorni"), instead of "found" while the provider is still loading the list.
 */
class MemberMailboxSectionTest extends UiTest {

    @Autowired LeadTimeTestOrder leadTimeOrder;
    @Autowired MemberService members;
    @Autowired PreloadLists lists;
    @Autowired TestClock.MutableClock clock;
    @Autowired SignIn signIn;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void aMemberInAListJustSentReadsFromWhenTheyCanRegister() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        leadTimeOrder.signInAsAdmin();
        long id = members.create(TestMembers.physician("Pagina", "Caricata", today)).id();
        lists.send(today);
        cleanVaadinEnvironment();
        initVaadinEnvironment();

        navigate(MemberDetailView.class, id);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Nella lista inviata il ") && t.contains(": registrazione possibile dal "))
                .noneMatch(t -> t.contains("il portale consente la registrazione"));

        clock.setToday(today.plusDays(8));
        navigate(MemberDetailView.class, id);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("il portale consente la registrazione"));
    }
}
