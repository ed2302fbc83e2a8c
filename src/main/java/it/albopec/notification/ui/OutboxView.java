package it.albopec.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.notification.OutboxMessage;
import it.albopec.notification.OutboxMessages;
import it.albopec.notification.OutboxState;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The Order's outbox for its ADMIN: every e-mail the product wrote (reminders, activations, summaries) with its state,
 * attempts and last error; where no SMTP server is configured the page says that messages wait here. Lazy grid,
 * filtered by state in SQL; confidential messages (activation and reset links) show no text.
 */
@Route("notifications")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 80, title = "notification.nav.outbox", icon = "ENVELOPE_OPEN")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxMessages messages;
    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Span count = new Span();
    private OutboxState state;

    public OutboxView(OutboxMessages messages) {
        this.messages = messages;
        setSizeFull();
        add(new H1(getTranslation("notification.outbox.title")));
        if (!messages.smtpConfigured()) {
            var warning = new Paragraph(getTranslation("notification.outbox.noSmtp"));
            warning.addClassName("outbox-no-smtp");
            add(warning);
        }
        var filter = new Select<OutboxState>();
        filter.setItems(OutboxState.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("notification.outbox.allStates"));
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("notification.outbox.allStates") : getTranslation("notification.state." + s.name()));
        filter.setAriaLabel(getTranslation("notification.outbox.state"));
        filter.addValueChangeListener(e -> {
            state = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        var bar = new HorizontalLayout(filter, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.of("Europe/Rome"));
        grid.addColumn(m -> format.format(m.createdAt())).setHeader(getTranslation("notification.outbox.created"));
        grid.addColumn(m -> getTranslation("notification.state." + m.state().name())).setHeader(getTranslation("notification.outbox.state"));
        grid.addColumn(OutboxMessage::recipient).setHeader(getTranslation("notification.outbox.recipient"));
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("notification.outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> m.language().toUpperCase(Locale.ROOT)).setHeader(getTranslation("notification.outbox.language"));
        grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("notification.outbox.attempts"));
        grid.addColumn(m -> m.sentAt() != null ? format.format(m.sentAt())
                : m.state() == OutboxState.PENDING && m.attempts() > 0 ? getTranslation("notification.outbox.retryAt", format.format(m.nextAttemptAt())) : "")
                .setHeader(getTranslation("notification.outbox.sentOrNext"));
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("notification.outbox.error"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("notification.outbox.none"));
        grid.setItems(query -> messages.find(state, PageRequest.of(query.getPage(), query.getPageSize())).stream(), query -> {
            long matching = messages.count(state);
            count.setText(getTranslation("notification.outbox.count", matching));
            return (int) Math.min(matching, Integer.MAX_VALUE);
        });
        grid.addItemClickListener(e -> open(e.getItem()));
        add(bar, grid);
    }

    private void open(OutboxMessage message) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(message.subject());
        dialog.add(new Paragraph(getTranslation("notification.outbox.to", message.recipient())));
        dialog.add(message.confidential() ? new Paragraph(getTranslation("notification.outbox.confidential")) : new Pre(message.body()));
        dialog.getFooter().add(new Button(getTranslation("notification.outbox.close"), e -> dialog.close()));
        dialog.setMaxWidth("800px");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.outbox.title") + " · " + getTranslation("base.appName");
    }
}
