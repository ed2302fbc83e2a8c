package it.albopec.finance.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import it.albopec.finance.ChargeState;
import it.albopec.finance.SettlementOutcome;

/** How a payment or waiver on many charges went, row by row. */
class SettlementOutcomeDialog extends ConfirmDialog {

    SettlementOutcomeDialog(SettlementOutcome outcome) {
        setHeader(FinanceTexts.t("finance.outcome.title"));
        var body = new Div(new Paragraph(FinanceTexts.t("finance.outcome.summary", outcome.done(), outcome.refused().size())));
        var list = new UnorderedList();
        for (SettlementOutcome.Row row : outcome.rows()) {
            var item = new ListItem(row.label() + ": " + (row.done() ? FinanceTexts.t("finance.outcome.done") : readable(row)));
            item.addClassName(row.done() ? "outcome-done" : "outcome-refused");
            list.add(item);
        }
        body.add(list);
        setText(body);
        setConfirmText(FinanceTexts.t("finance.close"));
        addClassName("settlement-outcome");
    }

    private static String readable(SettlementOutcome.Row row) {
        Object[] args = row.arguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s) {
                for (ChargeState state : ChargeState.values()) {
                    if (state.name().equals(s)) {
                        args[i] = FinanceTexts.state(state);
                    }
                }
            }
        }
        return FinanceTexts.t(row.messageKey(), args);
    }
}
