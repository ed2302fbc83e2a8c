package it.albopec.selfservice.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import it.albopec.base.ui.TitledDetailSection;
import it.albopec.base.ui.UserFeedback;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.selfservice.MemberAccess;

/**
 * On the member's page for staff: whether the member can sign in to their own page, the button that sends them an
 * activation (ADMIN), and Prato's "the member says they sent the test message".
 */
@org.springframework.stereotype.Component
class MemberAccountSection extends TitledDetailSection {

    private final MemberAccess access;
    private final CurrentUser currentUser;

    MemberAccountSection(MemberAccess access, CurrentUser currentUser) {
        super("member", 20, "selfservice.section.account", "member-account-section");
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    protected boolean shownToCurrentUser() {
        return currentUser.hasRole(AppRoles.ADMIN);
    }

    @Override
    protected boolean fill(Div section, long memberId) {
        UI ui = UI.getCurrent();
        var state = new Paragraph();
        Runnable refresh = () -> {
            var s = access.states(List.of(memberId)).get(memberId);
            state.setText(ui.getTranslation(s == null ? "selfservice.accounts.none"
                    : s.activated() ? (s.enabled() ? "selfservice.accounts.active" : "selfservice.accounts.closed") : "selfservice.accounts.pending"));
        };
        refresh.run();
        section.add(state);
        access.testMessageDeclaredOn(memberId).ifPresent(day -> section.add(new Paragraph(ui.getTranslation("selfservice.test.declaredStaff",
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(ui.getLocale()).format(day)))));
        var issue = new Button(ui.getTranslation("selfservice.accounts.issueOne"), e -> {
            var outcome = new MemberAccess.Outcome[1];
            if (UserFeedback.attempt(() -> outcome[0] = access.issueActivations(List.of(memberId)), () -> {})) {
                new IssuedActivationsDialog(access, outcome[0]).open();
                refresh.run();
            }
        });
        section.add(issue);
        return true;
    }
}
