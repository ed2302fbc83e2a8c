package it.albopec.mailbox.ui;

import static it.albopec.mailbox.ui.MailboxTexts.date;
import static it.albopec.mailbox.ui.MailboxTexts.month;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import it.albopec.base.ui.UserFeedback;
import it.albopec.convention.PaymentMethod;
import it.albopec.mailbox.MailboxCommand;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.MailboxHistoryEntry;
import it.albopec.mailbox.MailboxService;
import it.albopec.mailbox.MailboxState;

/** One mailbox: its data, its dated history, and (for ADMIN) the request and the payment data of the member. */
class MailboxDialog extends Dialog {

    private final MailboxService mailboxes;
    private final long id;
    private final boolean canAct;
    private final Runnable onChange;

    MailboxDialog(MailboxService mailboxes, long id, boolean canAct, Runnable onChange) {
        this.mailboxes = mailboxes;
        this.id = id;
        this.canAct = canAct;
        this.onChange = onChange;
        setWidth("min(900px, 95vw)");
        addClassName("mailbox-dialog");
        render();
    }

    private void render() {
        removeAll();
        getFooter().removeAll();
        MailboxDetails mailbox = mailboxes.get(id);
        setHeaderTitle(getTranslation("mailbox.dialog.title", mailbox.pecAddress() == null ? "–" : mailbox.pecAddress()));
        add(facts(mailbox));
        if (canAct && mailbox.state() == MailboxState.ELIGIBLE) {
            getFooter().add(new Button(getTranslation("mailbox.action.request"), e -> openRequest(mailbox)));
        }
        if (canAct && mailbox.state().isOpen() && mailbox.paymentMethod() != null) {
            getFooter().add(new Button(getTranslation("mailbox.action.paymentChange"), e -> openPaymentChange(mailbox)));
        }
        add(new H3(getTranslation("mailbox.dialog.history")), history(mailboxes.history(id)));
        var close = new Button(getTranslation("base.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    private Component facts(MailboxDetails m) {
        var facts = new FormLayout();
        facts.addClassName("facts");
        fact(facts, "mailbox.field.state", MailboxTexts.state(m.state()) + " · " + getTranslation("mailbox.field.since", date(m.stateSince())));
        fact(facts, "mailbox.field.pecAddress", m.pecAddress());
        fact(facts, "mailbox.field.providerLogin", m.providerLogin());
        fact(facts, "mailbox.field.payment", m.requestedOn() == null ? "–" : MailboxTexts.method(m.paymentMethod()));
        fact(facts, "mailbox.field.autoRenewal", getTranslation(m.autoRenewal() ? "mailbox.yes" : "mailbox.no"));
        fact(facts, "mailbox.field.cardValidUntil", month(m.cardValidUntil()));
        fact(facts, "mailbox.field.requestedOn", date(m.requestedOn()));
        fact(facts, "mailbox.field.activatedOn", date(m.activatedOn()));
        fact(facts, "mailbox.field.expiresOn", date(m.expiresOn()));
        if (m.activationExpectedOn() != null && MailboxState.PENDING.contains(m.state())) {
            fact(facts, "mailbox.field.activationExpectedOn", date(m.activationExpectedOn())
                    + (m.activationOverdue(mailboxes.today()) ? " — " + getTranslation("mailbox.field.activationOverdue") : ""));
        }
        m.deletionDate().ifPresent(d -> fact(facts, "mailbox.field.deletionOn", date(d)));
        if (m.state() == MailboxState.DELETED) {
            fact(facts, "mailbox.field.afterDeletion", getTranslation(m.renewalDaysAfterExpiry() == 0
                    ? "mailbox.field.unrecoverableAtExpiry" : "mailbox.field.unrecoverable"));
        }
        m.lapseDate().ifPresent(d -> fact(facts, "mailbox.field.atRisk", getTranslation("mailbox.column.lapsesOn", date(d))));
        if (m.documentsRequired()) {
            fact(facts, "mailbox.field.documentsReceivedOn", date(m.documentsReceivedOn()));
        }
        if (m.testMessageRequired()) {
            fact(facts, "mailbox.field.testMessageReceivedOn", date(m.testMessageReceivedOn()));
        }
        return facts;
    }

    private void fact(FormLayout layout, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? "–" : value);
        text.addClassName("fact-value");
        layout.add(new Div(label, text));
    }

    private Grid<MailboxHistoryEntry> history(List<MailboxHistoryEntry> entries) {
        var grid = new Grid<MailboxHistoryEntry>();
        grid.addColumn(e -> date(e.effectiveOn())).setHeader(getTranslation("mailbox.history.date")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("mailbox.history." + e.action().name())).setHeader(getTranslation("mailbox.history.step")).setAutoWidth(true);
        grid.addColumn(e -> e.from() == e.to() ? "" : MailboxTexts.state(e.from()) + " → " + MailboxTexts.state(e.to()))
                .setHeader(getTranslation("mailbox.history.states")).setAutoWidth(true);
        grid.addColumn(MailboxHistoryEntry::username).setHeader(getTranslation("mailbox.history.user")).setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("mailbox.history.reason"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void openRequest(MailboxDetails mailbox) {
        var method = paymentSelect();
        var card = cardField();
        var autoRenewal = new Checkbox(getTranslation("mailbox.field.autoRenewalWanted"), true);
        var pec = new EmailField(getTranslation("mailbox.field.pecAddress"));
        var login = new TextField(getTranslation("mailbox.field.providerLogin"));
        login.setPlaceholder("1234567@aruba.it");
        var dialog = new StepDialog[1];
        dialog[0] = new StepDialog(getTranslation("mailbox.action.request"), getTranslation("mailbox.action.requestHelp"), day -> {
            var month = card.getValue().isBlank() ? null : parseMonth(card);
            if (month == null && !card.getValue().isBlank()) {
                return;
            }
            apply(new MailboxCommand.RecordRequest(day, method.getValue(), autoRenewal.getValue(), month, pec.getValue(), login.getValue()), mailbox, dialog[0]);
        }, method, card, autoRenewal, pec, login);
        dialog[0].open();
    }

    private void openPaymentChange(MailboxDetails mailbox) {
        var method = paymentSelect();
        method.setValue(mailbox.paymentMethod());
        var card = cardField();
        var autoRenewal = new Checkbox(getTranslation("mailbox.field.autoRenewalWanted"), mailbox.autoRenewal());
        var dialog = new StepDialog[1];
        dialog[0] = new StepDialog(getTranslation("mailbox.action.paymentChange"), getTranslation("mailbox.action.paymentChangeHelp"), day -> {
            var month = card.getValue().isBlank() ? null : parseMonth(card);
            if (month == null && !card.getValue().isBlank()) {
                return;
            }
            apply(new MailboxCommand.PaymentChange(day, method.getValue(), autoRenewal.getValue(), month), mailbox, dialog[0]);
        }, method, card, autoRenewal);
        dialog[0].open();
    }

    private Select<PaymentMethod> paymentSelect() {
        var method = new Select<PaymentMethod>();
        method.setLabel(getTranslation("mailbox.field.payment"));
        method.setItems(PaymentMethod.values());
        method.setEmptySelectionAllowed(true);
        method.setEmptySelectionCaption(getTranslation("mailbox.payment.ORDER"));
        method.setItemLabelGenerator(MailboxTexts::method);
        return method;
    }

    private TextField cardField() {
        var card = new TextField(getTranslation("mailbox.field.cardValidUntil"));
        card.setPlaceholder("MM/AAAA");
        card.setHelperText(getTranslation("mailbox.field.cardValidUntilHelp"));
        return card;
    }

    private YearMonth parseMonth(TextField field) {
        var matcher = java.util.regex.Pattern.compile("\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s*").matcher(field.getValue());
        if (matcher.matches()) {
            int m = Integer.parseInt(matcher.group(1));
            if (m >= 1 && m <= 12) {
                return YearMonth.of(Integer.parseInt(matcher.group(2)), m);
            }
        }
        field.setInvalid(true);
        field.setErrorMessage(getTranslation("mailbox.error.cardFormat"));
        return null;
    }

    private void apply(MailboxCommand command, MailboxDetails mailbox, Dialog stepDialog) {
        UserFeedback.attempt(() -> {
            var outcome = mailboxes.applyToMany(List.of(new MailboxService.Target(mailbox.id(), mailbox.version(), "")), command);
            if (outcome.refused().isEmpty()) {
                stepDialog.close();
                UserFeedback.success(getTranslation("mailbox.outcome.saved"));
            } else {
                UserFeedback.error(MailboxTexts.refusal(outcome.refused().getFirst()));
            }
            onChange.run();
            render();
        }, this::render);
    }
}
