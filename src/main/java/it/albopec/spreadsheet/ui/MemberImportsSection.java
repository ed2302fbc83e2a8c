package it.albopec.spreadsheet.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import it.albopec.audit.FieldChange;
import it.albopec.base.ui.DetailSection;
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
class MemberImportsSection implements DetailSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private final ImportService imports;
    private final MemberService members;
    private final CurrentUser currentUser;

    MemberImportsSection(ImportService imports, MemberService members, CurrentUser currentUser) {
        this.imports = imports;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    public String entityType() {
        return "member";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create(long memberId) {
        if (!currentUser.hasRole(AppRoles.ADMIN)) {
            return Optional.empty();
        }
        List<MemberImport> all = imports.importsOfMember(members.get(memberId).fiscalCode());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var section = new Div(new H3(ui.getTranslation("spreadsheet.memberImports.title")));
        section.addClassName("member-imports-section");
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
        return Optional.of(section);
    }
}
