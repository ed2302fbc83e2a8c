package it.albopec.member.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.UserFeedback;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberService;
import it.albopec.member.StatusAction;

/** Asks for the date and reason of a status action (and the destination of a transfer), then asks the service. */
class StatusActionDialog extends Dialog {

    StatusActionDialog(MemberService members, Clock clock, MemberDetails member, StatusAction action, Runnable reload) {
        setHeaderTitle(getTranslation("member.action." + action.name()) + " – " + member.surname() + " " + member.givenName());
        setWidth("min(600px, 95vw)");
        var date = new DatePicker(getTranslation("member.action.effectiveDate"), LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        var reason = new TextArea(getTranslation("member.action.reason"));
        reason.setMaxLength(500);
        var destination = new TextField(getTranslation("member.action.destination"));
        destination.setMaxLength(200);
        destination.setVisible(action == StatusAction.TRANSFER);
        var form = new FormLayout(date, destination, reason);
        form.setColspan(reason, 2);
        add(form);
        if (action.leavesOrder()) {
            add(new Paragraph(getTranslation("member.action.leavesOrderHint")));
        }
        var confirm = new Button(getTranslation("member.action.confirm"), e -> {
            boolean done = UserFeedback.attempt(() -> members.changeStatus(member.id(), member.version(), action, date.getValue(),
                    reason.getValue(), destination.getValue()), () -> {
                close();
                reload.run();
            });
            if (done) {
                close();
                UserFeedback.success(getTranslation("member.action.done", MemberLabels.status(action.target())));
                reload.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (action.leavesOrder() || action == StatusAction.RECORD_DEATH) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button(getTranslation("base.cancel"), e -> close()), confirm);
    }
}
