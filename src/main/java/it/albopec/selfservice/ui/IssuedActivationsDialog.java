package it.albopec.selfservice.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.albopec.selfservice.MemberAccess;

/**
 * What the ADMIN's activations did: how many went out by e-mail, who has no e-mail (the letter is their only way), who
 * was refused and why; the letters of this batch as one PDF (the codes exist only now: they are stored hashed).
 */
class IssuedActivationsDialog extends Dialog {

    IssuedActivationsDialog(MemberAccess access, MemberAccess.Outcome outcome) {
        setHeaderTitle(getTranslation("selfservice.issued.title"));
        long emailed = outcome.issued().stream().filter(MemberAccess.Issued::emailed).count();
        add(new Paragraph(getTranslation("selfservice.issued.summary", outcome.issued().size(), emailed)));
        var withoutEmail = outcome.issued().stream().filter(i -> !i.emailed()).toList();
        if (!withoutEmail.isEmpty()) {
            add(new Paragraph(getTranslation("selfservice.issued.noEmail")));
            var list = new UnorderedList();
            withoutEmail.forEach(i -> list.add(new ListItem(i.code().displayName() + " (" + i.code().fiscalCode() + ")")));
            add(list);
        }
        if (!outcome.refused().isEmpty()) {
            add(new Paragraph(getTranslation("selfservice.issued.refused")));
            var list = new UnorderedList();
            outcome.refused().forEach(r -> list.add(new ListItem(r.label() + ": " + getTranslation(r.messageKey()))));
            add(list);
        }
        if (!outcome.issued().isEmpty()) {
            var letters = new Anchor(DownloadHandler.fromInputStream(event -> {
                var out = new ByteArrayOutputStream();
                access.writeLetters(outcome.issued(), out);
                return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "lettere-attivazione.pdf", "application/pdf", out.size());
            }), getTranslation("selfservice.issued.letters"));
            letters.getElement().setAttribute("download", true);
            letters.addClassName("activation-letters");
            add(new Paragraph(letters));
        }
        getFooter().add(new Button(getTranslation("selfservice.issued.close"), e -> close()));
    }
}
