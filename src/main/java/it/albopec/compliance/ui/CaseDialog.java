package it.albopec.compliance.ui;

import static it.albopec.compliance.ui.ComplianceTexts.date;
import static it.albopec.compliance.ui.ComplianceTexts.step;
import static it.albopec.compliance.ui.ComplianceTexts.t;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import it.albopec.compliance.CaseDetails;
import it.albopec.compliance.CaseStepEntry;
import it.albopec.compliance.ComplianceService;
import it.albopec.compliance.LetterKind;
import it.albopec.compliance.NonCompliantMember;

/**
 * One member on the compliance page: their case with every step (who, when), the letters of the case, and the PEC
 * address they hold outside the convention (ADMIN records it valid, or marks it invalid when a message bounced).
 */
class CaseDialog extends Dialog {

    private final ComplianceService compliance;
    private final NonCompliantMember member;
    private final boolean canAct;
    private final Runnable onChange;
    private final VerticalLayout content = new VerticalLayout();

    CaseDialog(ComplianceService compliance, NonCompliantMember member, boolean canAct, Runnable onChange) {
        this.compliance = compliance;
        this.member = member;
        this.canAct = canAct;
        this.onChange = onChange;
        setHeaderTitle(t("compliance.case.title", member.label()));
        setWidth("min(56rem, 95vw)");
        addClassName("case-dialog");
        add(content);
        getFooter().add(new Button(t("compliance.action.close"), e -> close()));
        render();
    }

    private void render() {
        content.removeAll();
        content.add(new Paragraph(ComplianceTexts.reason(member.reason()) + (member.since() == null ? "" : " – " + date(member.since()))));
        var cases = compliance.casesOfMember(member.memberId());
        if (!cases.isEmpty()) {
            CaseDetails c = cases.getFirst();
            content.add(new H3(step(c.step())), new Paragraph(t("compliance.case.opened", date(c.openedOn()))));
            if (c.deadline() != null) {
                content.add(new Paragraph(t("compliance.case.deadline", date(c.deadline()))));
            }
            if (c.councilMeeting() != null) {
                content.add(new Paragraph(t("compliance.case.meeting", date(c.councilMeeting()))));
            }
            var steps = new Grid<CaseStepEntry>();
            steps.addColumn(s -> step(s.to())).setHeader(t("compliance.case.column.step")).setAutoWidth(true);
            steps.addColumn(s -> date(s.effectiveOn())).setHeader(t("compliance.case.column.on")).setAutoWidth(true);
            steps.addColumn(CaseStepEntry::username).setHeader(t("compliance.case.column.by")).setAutoWidth(true);
            steps.addColumn(s -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                    .format(s.at().atZone(java.time.ZoneId.of("Europe/Rome")))).setHeader(t("compliance.case.column.at")).setAutoWidth(true);
            steps.addColumn(CaseStepEntry::note).setHeader(t("compliance.case.column.note")).setFlexGrow(1);
            steps.setItems(c.steps()); // a case has at most six steps
            steps.setAllRowsVisible(true);
            content.add(new H3(t("compliance.case.history")), steps);
            var language = new com.vaadin.flow.component.select.Select<String>();
            language.setLabel(t("compliance.case.language"));
            language.setItems("it", "de", "en");
            language.setItemLabelGenerator(l -> java.util.Locale.of(l).getDisplayLanguage(getLocale()));
            language.setValue(c.letterLanguage());
            language.setReadOnly(!canAct || !c.step().isOpen());
            language.addValueChangeListener(e -> {
                if (e.isFromClient() && it.albopec.base.ui.UserFeedback.attempt(
                        () -> compliance.changeLetterLanguage(c.id(), c.version(), e.getValue()), this::render)) {
                    render();
                }
            });
            var letters = new HorizontalLayout(language, letter(c, LetterKind.REMINDER));
            letters.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            if (c.deadline() != null) {
                letters.add(letter(c, LetterKind.FORMAL_NOTICE));
            }
            content.add(letters);
        }
        content.add(new H3(t("compliance.address.title")), new ExternalAddressForm(compliance, member.memberId(), canAct, () -> {
            onChange.run();
            close();
        }));
    }

    private Anchor letter(CaseDetails c, LetterKind kind) {
        String name = (kind == LetterKind.REMINDER ? "sollecito-pec-" : "diffida-pec-") + member.fiscalCode() + ".pdf";
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            compliance.writeLetter(c.id(), kind, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), name, "application/pdf", out.size());
        }), t(kind == LetterKind.REMINDER ? "compliance.action.reminderLetter" : "compliance.action.noticeLetter"));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

}
