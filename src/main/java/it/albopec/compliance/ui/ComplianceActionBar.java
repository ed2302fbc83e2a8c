package it.albopec.compliance.ui;

import static it.albopec.compliance.ui.ComplianceTexts.t;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.albopec.base.ui.UserFeedback;
import it.albopec.compliance.ComplianceService;
import it.albopec.compliance.LetterKind;
import it.albopec.compliance.NonCompliantMember;

/**
 * The steps the secretariat takes on the selected members (reminder, formal notice, proposal to a Council meeting,
 * suspension), each member on its own with the outcome per member; and the selected members' letters as one PDF or
 * as a ZIP of separate files.
 */
class ComplianceActionBar extends HorizontalLayout {

    private final ComplianceService compliance;
    private final Grid<NonCompliantMember> grid;
    private final Runnable refresh;
    private final Span selected = new Span();
    private final Select<LetterKind> kind = new Select<>();
    private final List<Button> buttons;
    private final List<Anchor> downloads;
    /** The cases selected, kept for the downloads (which run outside the UI's lock). */
    private volatile List<Long> selectedCases = List.of();

    ComplianceActionBar(ComplianceService compliance, Grid<NonCompliantMember> grid, Runnable refresh) {
        this.compliance = compliance;
        this.grid = grid;
        this.refresh = refresh;
        addClassName("action-bar");
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        buttons = List.of(
                button(ComplianceService.BulkMove.REMIND, () -> confirm(ComplianceService.BulkMove.REMIND, null)),
                button(ComplianceService.BulkMove.NOTICE, () -> confirm(ComplianceService.BulkMove.NOTICE, null)),
                button(ComplianceService.BulkMove.PROPOSE, this::propose),
                button(ComplianceService.BulkMove.SUSPEND, () -> confirm(ComplianceService.BulkMove.SUSPEND, null)));
        kind.setAriaLabel(t("compliance.letters.kind"));
        kind.setItems(LetterKind.values());
        kind.setItemLabelGenerator(k -> t(k == LetterKind.REMINDER ? "compliance.action.reminderLetter" : "compliance.action.noticeLetter"));
        kind.setValue(LetterKind.FORMAL_NOTICE);
        downloads = List.of(
                download("compliance.action.letters", "lettere-pec.pdf", "application/pdf", compliance::writeLetters),
                download("compliance.action.lettersZip", "lettere-pec.zip", "application/zip", compliance::writeLettersZip));
        add(selected);
        buttons.forEach(this::add);
        add(kind);
        downloads.forEach(this::add);
        if (!compliance.mailsLetters()) {
            var note = new Span(t("compliance.letters.noMail"));
            note.addClassName("hint");
            add(note);
        }
        grid.addSelectionListener(e -> update());
        update();
    }

    private Button button(ComplianceService.BulkMove move, Runnable action) {
        var button = new Button(t("compliance.action." + move.name()), e -> action.run());
        button.addClassName("step-button");
        return button;
    }

    private void confirm(ComplianceService.BulkMove move, LocalDate meeting) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(t("compliance.action." + move.name()));
        dialog.setText(t("compliance.selected", targets().size()));
        dialog.setCancelable(true);
        dialog.setCancelText(t("compliance.action.close"));
        dialog.setConfirmText(t("compliance.action.confirm"));
        dialog.addConfirmListener(e -> run(move, meeting));
        dialog.open();
    }

    private void propose() {
        var date = new DatePicker(t("compliance.meeting.date"));
        date.setRequired(true);
        var dialog = new ConfirmDialog();
        dialog.setHeader(t("compliance.action.PROPOSE"));
        dialog.setText(new com.vaadin.flow.component.html.Div(new Span(t("compliance.selected", targets().size())), date));
        dialog.setCancelable(true);
        dialog.setCancelText(t("compliance.action.close"));
        dialog.setConfirmText(t("compliance.action.confirm"));
        dialog.addConfirmListener(e -> run(ComplianceService.BulkMove.PROPOSE, date.getValue()));
        dialog.open();
    }

    private void run(ComplianceService.BulkMove move, LocalDate meeting) {
        var targets = targets();
        UserFeedback.attempt(() -> {
            var outcome = compliance.moveMany(targets, move, meeting);
            refresh.run();
            new BulkOutcomeDialog(outcome).open();
        }, refresh);
    }

    private Anchor download(String key, String fileName, String type, Writer writer) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            writer.write(selectedCases, kind.getValue(), out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName, type, out.size());
        }), t(key));
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("download-link");
        return anchor;
    }

    List<ComplianceService.Target> targets() {
        return grid.getSelectedItems().stream().map(ComplianceService.Target::of).toList();
    }

    private void update() {
        int n = grid.getSelectedItems().size();
        selectedCases = grid.getSelectedItems().stream().filter(NonCompliantMember::hasCase).map(NonCompliantMember::caseId).toList();
        selected.setText(t("compliance.selected", n));
        buttons.forEach(b -> b.setEnabled(n > 0));
        downloads.forEach(a -> a.setEnabled(!selectedCases.isEmpty()));
    }

    @FunctionalInterface
    interface Writer {
        void write(List<Long> caseIds, LetterKind kind, OutputStream out);
    }

    /** How a step on many members went, member by member. */
    static class BulkOutcomeDialog extends ConfirmDialog {

        BulkOutcomeDialog(ComplianceService.BulkOutcome outcome) {
            setHeader(t("compliance.bulk.title"));
            var body = new com.vaadin.flow.component.html.Div(
                    new com.vaadin.flow.component.html.Paragraph(t("compliance.bulk.done", outcome.done(), outcome.refused().size())));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            outcome.rows().forEach(r -> list.add(new com.vaadin.flow.component.html.ListItem(r.label() + ": "
                    + (r.done() ? t("compliance.bulk.ok") : ComplianceTexts.refusal(r.messageKey(), r.arguments())))));
            body.add(list);
            setText(body);
            setConfirmText(t("compliance.action.close"));
            addClassName("outcome-dialog");
        }
    }
}
