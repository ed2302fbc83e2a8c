package it.albopec.mailbox.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import it.albopec.base.ui.UserFeedback;
import it.albopec.mailbox.MailboxCommand;
import it.albopec.mailbox.MailboxRow;
import it.albopec.mailbox.MailboxService;

/** The steps the secretariat records on the selected mailboxes, each with its date, and the outcome per mailbox. */
class MailboxActionBar extends HorizontalLayout {

    private final MailboxService mailboxes;
    private final Grid<MailboxRow> grid;
    private final Runnable refresh;
    private final Span selected = new Span();

    MailboxActionBar(MailboxService mailboxes, Grid<MailboxRow> grid, Runnable refresh) {
        this.mailboxes = mailboxes;
        this.grid = grid;
        this.refresh = refresh;
        addClassName("action-bar");
        setAlignItems(Alignment.CENTER);
        setWrap(true);
        add(selected,
                step("mailbox.action.activation", null, day -> new MailboxCommand.Activation(day, null, null)),
                step("mailbox.action.paymentReceived", null, MailboxCommand.PaymentReceived::new),
                step("mailbox.action.documentsReceived", "mailbox.action.documentsReceivedHelp", MailboxCommand.DocumentsReceived::new),
                step("mailbox.action.testMessageReceived", "mailbox.action.testMessageReceivedHelp", MailboxCommand.TestMessageReceived::new),
                step("mailbox.action.renewal", "mailbox.action.renewalHelp", MailboxCommand.Renewal::new),
                deactivation());
        grid.addSelectionListener(e -> update());
        update();
    }

    private Button step(String key, String helpKey, Function<LocalDate, MailboxCommand> command) {
        var button = new Button(getTranslation(key), e -> {
            var dialog = new StepDialog[1];
            dialog[0] = new StepDialog(getTranslation(key), explanation(helpKey),
                    day -> run(command.apply(day), dialog[0]));
            dialog[0].open();
        });
        button.addClassName("step-button");
        return button;
    }

    private Button deactivation() {
        return new Button(getTranslation("mailbox.action.deactivation"), e -> {
            var reason = new TextArea(getTranslation("mailbox.step.reason"));
            reason.setRequired(true);
            reason.setMaxLength(500);
            var dialog = new StepDialog[1];
            dialog[0] = new StepDialog(getTranslation("mailbox.action.deactivation"), explanation("mailbox.action.deactivationHelp"),
                    day -> {
                        if (reason.getValue().isBlank()) {
                            reason.setInvalid(true);
                            reason.setErrorMessage(getTranslation("base.required"));
                            return;
                        }
                        run(new MailboxCommand.Deactivation(day, reason.getValue()), dialog[0]);
                    }, reason);
            dialog[0].open();
        });
    }

    private String explanation(String key) {
        int n = targets().size();
        String count = getTranslation("mailbox.action.appliesTo", n);
        return key == null ? count : getTranslation(key) + " " + count;
    }

    private void run(MailboxCommand command, StepDialog dialog) {
        List<MailboxService.Target> targets = targets();
        UserFeedback.attempt(() -> {
            var outcome = mailboxes.applyToMany(targets, command);
            dialog.close();
            refresh.run();
            new OutcomeDialog(outcome).open();
        }, refresh);
    }

    private List<MailboxService.Target> targets() {
        return grid.getSelectedItems().stream()
                .filter(MailboxRow::hasMailbox)
                .map(r -> new MailboxService.Target(r.mailboxId(), r.version(), r.surname() + " " + r.givenName()))
                .toList();
    }

    private void update() {
        int n = targets().size();
        selected.setText(getTranslation("mailbox.action.selected", n));
        getChildren().filter(c -> c instanceof Button).forEach(c -> ((Button) c).setEnabled(n > 0));
    }
}
