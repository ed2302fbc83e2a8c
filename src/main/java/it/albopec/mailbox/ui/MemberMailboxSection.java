package it.albopec.mailbox.ui;

import static it.albopec.mailbox.ui.MailboxTexts.date;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.albopec.base.ui.TitledDetailSection;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.PortalCheck;
import it.albopec.mailbox.PreloadLists;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;

/** The member's page shows their convention mailbox: state, address, expiry, risk, and the provider-list check. */
@org.springframework.stereotype.Component
class MemberMailboxSection extends TitledDetailSection {

    private final MailboxService mailboxes;
    private final PreloadLists lists;
    private final CurrentUser currentUser;

    MemberMailboxSection(MailboxService mailboxes, PreloadLists lists, CurrentUser currentUser) {
        super("member", 10, "mailbox.section.title", "member-mailbox-section");
        this.mailboxes = mailboxes;
        this.lists = lists;
        this.currentUser = currentUser;
    }

    @Override
    protected boolean shownToCurrentUser() {
        return currentUser.hasRole(AppRoles.ADMIN) || currentUser.hasRole(AppRoles.FINANCE);
    }

    @Override
    protected boolean fill(Div section, long memberId) {
        UI ui = UI.getCurrent();
        List<MailboxDetails> all = mailboxes.ofMember(memberId);
        if (all.isEmpty()) {
            section.add(new Paragraph(ui.getTranslation("mailbox.state.NONE")));
        } else {
            MailboxDetails current = all.getFirst();
            var line = new Div(MailboxTexts.stateBadge(current.state()),
                    new Span(" " + (current.pecAddress() == null ? "" : current.pecAddress())));
            section.add(line);
            if (current.expiresOn() != null) {
                section.add(new Paragraph(ui.getTranslation("mailbox.section.expires", date(current.expiresOn()))));
            }
            current.lapseDate().ifPresent(d -> section.add(new Paragraph(ui.getTranslation("mailbox.column.lapsesOn", date(d)))));
            if (current.testMessageMissing()) {
                // Prato: the member must send a test message from the new mailbox to the Order's PEC
                section.add(new Paragraph(ui.getTranslation("mailbox.filter.testMessageMissing")));
            }
            var open = new Button(ui.getTranslation("mailbox.section.open"),
                    e -> new MailboxDialog(mailboxes, current.id(), currentUser.hasRole(AppRoles.ADMIN), () -> {}).open());
            section.add(open);
            if (all.size() > 1) {
                section.add(new Paragraph(ui.getTranslation("mailbox.section.earlier", all.size() - 1)));
            }
        }
        PortalCheck outlook = lists.outlook(memberId);
        section.add(new Paragraph(ui.getTranslation("mailbox.preload.outcome." + outlook.outcome().name(),
                date(outlook.listSentOn()), date(outlook.expectedFrom()))));
        return true;
    }
}
