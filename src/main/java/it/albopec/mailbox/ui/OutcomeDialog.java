package it.albopec.mailbox.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import it.albopec.mailbox.MailboxService;

/** How a step on many mailboxes went: how many were recorded, and why each refused one was refused. */
class OutcomeDialog extends ConfirmDialog {

    OutcomeDialog(MailboxService.BatchOutcome outcome) {
        setHeader(getTranslation("mailbox.outcome.title"));
        var body = new Div(new Paragraph(getTranslation("mailbox.outcome.done", outcome.done())));
        if (!outcome.refused().isEmpty()) {
            body.add(new Paragraph(getTranslation("mailbox.outcome.refused", outcome.refused().size())));
            var list = new UnorderedList();
            outcome.refused().forEach(r -> list.add(new ListItem(r.label() + ": " + MailboxTexts.refusal(r))));
            body.add(list);
        }
        setText(body);
        setConfirmText(getTranslation("base.close"));
        addClassName("outcome-dialog");
    }

}
