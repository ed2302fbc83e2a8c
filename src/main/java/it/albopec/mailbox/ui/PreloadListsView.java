package it.albopec.mailbox.ui;

import static it.albopec.mailbox.ui.MailboxTexts.date;

import java.io.IOException;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.ui.Downloads;
import it.albopec.base.ui.UserFeedback;
import it.albopec.mailbox.MailboxFilter;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.PortalCheck;
import it.albopec.mailbox.PreloadListSummary;
import it.albopec.mailbox.PreloadLists;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * The lists of members sent to the provider, whose portal lets only listed people register, and the same check
 * the portal makes, so that the secretariat can answer a member on the phone ("why can't I register?").
 */
@Route("preload")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
@Menu(order = 31, title = "mailbox.nav.preload", icon = "UPLOAD")
public class PreloadListsView extends VerticalLayout implements HasDynamicTitle {

    private final PreloadLists lists;
    private final MailboxService mailboxes;
    private final Grid<PreloadListSummary> grid = new Grid<>();
    private final Div status = new Div();

    public PreloadListsView(PreloadLists lists, MailboxService mailboxes, CurrentUser currentUser) {
        this.lists = lists;
        this.mailboxes = mailboxes;
        addClassName("preload-view");
        add(new H1(getTranslation("mailbox.preload.title")), new Paragraph(getTranslation("mailbox.preload.explanation")));
        status.addClassName("preload-status");
        add(status);
        if (currentUser.hasRole(AppRoles.ADMIN)) {
            var send = new Button(getTranslation("mailbox.preload.send"), VaadinIcon.PAPERPLANE.create(), e -> openSend());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(send);
        }
        grid.addColumn(l -> date(l.sentOn())).setHeader(getTranslation("mailbox.preload.sentOn")).setAutoWidth(true);
        grid.addColumn(PreloadListSummary::memberCount).setHeader(getTranslation("mailbox.preload.members")).setAutoWidth(true);
        grid.addColumn(PreloadListSummary::username).setHeader(getTranslation("mailbox.preload.user")).setAutoWidth(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("mailbox.preload.file"));
        grid.setItems(query -> lists.history(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) lists.count());
        grid.setAllRowsVisible(true);
        add(grid, new H2(getTranslation("mailbox.preload.checkTitle")), checkForm());
        refreshStatus();
    }

    private Anchor download(PreloadListSummary list) {
        return Downloads.link(list.fileName(), list.fileName(), ExportFormat.XLSX, out -> lists.writeFile(list.id(), out));
    }

    private void refreshStatus() {
        status.removeAll();
        long notListed = mailboxes.count(MailboxFilter.none().withNotPreloaded(true));
        lists.last().ifPresentOrElse(
                last -> status.add(new Paragraph(getTranslation("mailbox.preload.last", date(last.sentOn()), last.memberCount(), notListed))),
                () -> status.add(new Paragraph(getTranslation("mailbox.preload.none"))));
    }

    private void openSend() {
        var dialog = new StepDialog[1];
        dialog[0] = new StepDialog(getTranslation("mailbox.preload.send"), getTranslation("mailbox.preload.sendHelp"), day -> {
            if (UserFeedback.attempt(() -> lists.send(day), () -> {})) {
                dialog[0].close();
                grid.getDataProvider().refreshAll();
                refreshStatus();
                UserFeedback.success(getTranslation("mailbox.preload.sent"));
            }
        });
        dialog[0].open();
    }

    private FormLayout checkForm() {
        var fiscalCode = new TextField(getTranslation("mailbox.preload.fiscalCode"));
        var surname = new TextField(getTranslation("mailbox.preload.surname"));
        var givenName = new TextField(getTranslation("mailbox.preload.givenName"));
        var result = new Paragraph();
        result.addClassName("check-result");
        var check = new Button(getTranslation("mailbox.preload.check"), e -> {
            if (fiscalCode.getValue().isBlank()) {
                fiscalCode.setInvalid(true);
                fiscalCode.setErrorMessage(getTranslation("base.required"));
                return;
            }
            PortalCheck outcome = lists.check(fiscalCode.getValue(), surname.getValue(), givenName.getValue());
            result.setText(getTranslation("mailbox.preload.outcome." + outcome.outcome().name(),
                    date(outcome.listSentOn()), date(outcome.expectedFrom())));
        });
        var form = new FormLayout(fiscalCode, surname, givenName, check, result);
        form.setColspan(result, 3);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.preload.title") + " · " + getTranslation("base.appName");
    }
}
