package it.albopec.member.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import it.albopec.audit.AuditFilter;
import it.albopec.audit.AuditTrail;
import it.albopec.base.ui.DetailSection;
import it.albopec.base.ui.EditDialog;
import it.albopec.audit.ui.AuditEntriesGrid;
import it.albopec.base.NotFoundException;
import it.albopec.base.ui.UserFeedback;
import it.albopec.member.Birthplaces;
import it.albopec.member.MemberDetails;
import it.albopec.member.MemberForm;
import it.albopec.member.MemberService;
import it.albopec.member.StatusAction;
import it.albopec.member.StatusChange;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * One member's record: every field, the history of status changes and (for ADMIN) the audit entries. ADMIN edits
 * and applies status actions; FINANCE only reads. Another Order's member is "not found", like a missing one.
 */
@Route("members")
@RolesAllowed({AppRoles.ADMIN, AppRoles.FINANCE})
public class MemberDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MemberService members;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean admin;
    private final java.util.List<DetailSection> sections;
    private MemberDetails member;

    public MemberDetailView(MemberService members, AuditTrail audit, CurrentUser currentUser, Clock clock,
                            java.util.List<DetailSection> sections) {
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        // what other modules show on a member's page (e.g. the convention mailbox), without the register knowing them
        this.sections = sections.stream().filter(s -> "member".equals(s.entityType()))
                .sorted(java.util.Comparator.comparingInt(DetailSection::order)).toList();
        this.admin = currentUser.hasRole(AppRoles.ADMIN);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            member = members.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render();
    }

    private void reload() {
        member = members.get(member.id());
        render();
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("member.detail.back"), MemberListView.class);
        var title = new H1(member.surname() + " " + member.givenName());
        var status = new Span(MemberLabels.status(member.status()));
        status.getElement().getThemeList().add("badge");
        var header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(back, header);
        if (admin) {
            add(actions());
        }
        add(fields());
        sections.forEach(section -> section.create(member.id()).ifPresent(this::add));
        add(new H2(getTranslation("member.detail.history")), history());
        if (admin) {
            var entries = new AuditEntriesGrid(audit, () -> AuditFilter.forEntity("member", member.id()), n -> {}, false);
            // the entries are read page by page as the user scrolls: a member edited for years has many
            entries.setHeight("24em");
            add(new H2(getTranslation("member.detail.audit")), entries);
        }
    }

    private HorizontalLayout actions() {
        var edit = new Button(getTranslation("member.detail.edit"), VaadinIcon.EDIT.create(), e -> openEdit());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(edit);
        for (StatusAction action : StatusAction.values()) {
            if (action.allowedFrom(member.status())) {
                actions.add(new Button(getTranslation("member.action." + action.name()),
                        e -> new StatusActionDialog(members, clock, member, action, this::reload).open()));
            }
        }
        actions.setWrap(true);
        return actions;
    }

    private FormLayout fields() {
        var fields = new FormLayout();
        item(fields, "member.field.fiscalCode", member.fiscalCode());
        item(fields, "member.field.surname", member.surname());
        item(fields, "member.field.givenName", member.givenName());
        item(fields, "member.field.sex", getTranslation("member.sex." + member.sex().name()));
        item(fields, "member.field.birthDate", MemberLabels.date(member.birthDate()));
        item(fields, "member.field.birthplace", Birthplaces.label(member.birthplaceCode()) + " · " + member.birthplaceCode());
        item(fields, "member.field.email", member.email());
        item(fields, "member.field.phone", member.phone());
        item(fields, "member.field.sections", MemberLabels.sections(member));
        item(fields, "member.field.registrationDate", MemberLabels.date(member.registrationDate()));
        if (member.mediciChirurghiNumber() != null) {
            item(fields, "member.field.mediciChirurghiNumber", member.mediciChirurghiNumber());
            item(fields, "member.field.mediciChirurghiDate", MemberLabels.date(member.mediciChirurghiDate()));
        }
        if (member.odontoiatriNumber() != null) {
            item(fields, "member.field.odontoiatriNumber", member.odontoiatriNumber());
            item(fields, "member.field.odontoiatriDate", MemberLabels.date(member.odontoiatriDate()));
        }
        item(fields, "member.field.status", MemberLabels.status(member.status()));
        item(fields, "member.field.statusDate", MemberLabels.date(member.statusDate()));
        item(fields, "member.field.statusReason", member.statusReason());
        if (member.destinationOrder() != null) {
            item(fields, "member.field.destinationOrder", member.destinationOrder());
        }
        return fields;
    }

    private void item(FormLayout fields, String labelKey, String value) {
        var span = new Span(value == null ? "—" : value);
        span.addClassName("member-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        fields.addFormItem(span, getTranslation(labelKey));
    }

    private Component history() {
        var changes = members.statusHistory(member.id());
        if (changes.isEmpty()) {
            return new Span(getTranslation("member.detail.noHistory"));
        }
        var timestamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.of("Europe/Rome"));
        var grid = new Grid<StatusChange>();
        grid.addColumn(c -> MemberLabels.status(c.from())).setHeader(getTranslation("member.history.from")).setAutoWidth(true);
        grid.addColumn(c -> MemberLabels.status(c.to())).setHeader(getTranslation("member.history.to")).setAutoWidth(true);
        grid.addColumn(c -> MemberLabels.date(c.effectiveDate())).setHeader(getTranslation("member.history.date")).setAutoWidth(true);
        grid.addColumn(c -> c.destinationOrder() == null ? c.reason() : c.reason() + " → " + c.destinationOrder())
                .setHeader(getTranslation("member.history.reason"));
        grid.addColumn(StatusChange::username).setHeader(getTranslation("member.history.user")).setAutoWidth(true);
        grid.addColumn(c -> timestamps.format(c.at())).setHeader(getTranslation("member.history.at")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // one member's status changes: a handful, never a table
        grid.setItems(changes);
        return grid;
    }

    private void openEdit() {
        var seen = member;
        // after a conflict the record is read again, so that the user sees what the other person saved
        new MemberEditorDialog(getTranslation("member.detail.edit"), MemberForm.of(seen), form -> EditDialog.attempt(() -> {
            members.update(seen.id(), seen.version(), form);
            UserFeedback.success(getTranslation("member.saved"));
        }, this::reload)).open();
    }

    @Override
    public String getPageTitle() {
        String name = member == null ? getTranslation("member.detail.title") : member.surname() + " " + member.givenName();
        return name + " · " + getTranslation("base.appName");
    }
}
