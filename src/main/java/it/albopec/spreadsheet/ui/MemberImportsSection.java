package it.albopec.spreadsheet.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.albopec.audit.FieldChange;
import it.albopec.base.ui.TitledDetailSection;
import it.albopec.member.MemberService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.spreadsheet.ImportService;
import it.albopec.spreadsheet.MemberImport;

/**
 * The member's history of imports: each applied import that created or changed the member, with the row's
 * before/after and a link to the run (an import writes one audit entry for the run, not one per member).
 */
@org.springframework.stereotype.Component
class MemberImportsSection extends TitledDetailSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private final ImportService imports;
    private final MemberService members;
    private final CurrentUser currentUser;

    MemberImportsSection(ImportService imports, MemberService members, CurrentUser currentUser) {
        super("member", 50, "spreadsheet.memberImports.title", "member-imports-section");
        this.imports = imports;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    protected boolean shownToCurrentUser() {
        return currentUser.hasRole(AppRoles.ADMIN);
    }

    @Override
    protected boolean fill(Div section, long memberId) {
        List<MemberImport> all = imports.importsOfMember(members.get(memberId).fiscalCode());
        UI ui = UI.getCurrent();
        for (MemberImport i : all) {
            var line = new Div(new Span(WHEN.format(i.appliedAt()) + " · " + i.username() + " · " + i.fileName() + " · "
                    + ui.getTranslation("spreadsheet.outcome." + i.outcome().name()) + " "),
                    new Anchor("imports?run=" + i.runId(), ui.getTranslation("spreadsheet.memberImports.open")));
            section.add(line);
            for (FieldChange change : i.changes()) {
                section.add(new Div(ui.getTranslation("member.field." + change.field()) + ": "
                        + (change.oldValue() == null ? "—" : change.oldValue()) + " → " + (change.newValue() == null ? "—" : change.newValue())));
            }
        }
        return !all.isEmpty();
    }
}
