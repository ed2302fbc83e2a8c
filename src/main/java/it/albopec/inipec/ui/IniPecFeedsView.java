package it.albopec.inipec.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.ui.Downloads;
import it.albopec.base.ui.UserFeedback;
import it.albopec.inipec.IniPecFeedSummary;
import it.albopec.inipec.IniPecFeeds;
import it.albopec.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * The feeds sent to INI-PEC: a new one with the changes since the last (new or changed PEC addresses, members who
 * left or whose PEC is no longer valid), and the log of past feeds, each downloadable again.
 */
@Route("inipec")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 35, title = "inipec.nav.feeds", icon = "EXCHANGE")
public class IniPecFeedsView extends VerticalLayout implements HasDynamicTitle {

    private final IniPecFeeds feeds;
    private final Grid<IniPecFeedSummary> grid = new Grid<>();

    public IniPecFeedsView(IniPecFeeds feeds) {
        this.feeds = feeds;
        addClassName("inipec-view");
        var generate = new Button(getTranslation("inipec.generate"), VaadinIcon.EXCHANGE.create(), e -> generate());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var timestamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.of("Europe/Rome"));
        grid.addColumn(f -> timestamps.format(f.createdAt())).setHeader(getTranslation("inipec.column.createdAt")).setAutoWidth(true);
        grid.addColumn(IniPecFeedSummary::username).setHeader(getTranslation("inipec.column.user")).setAutoWidth(true);
        grid.addColumn(IniPecFeedSummary::inserts).setHeader(getTranslation("inipec.column.inserts")).setAutoWidth(true);
        grid.addColumn(IniPecFeedSummary::updates).setHeader(getTranslation("inipec.column.updates")).setAutoWidth(true);
        grid.addColumn(IniPecFeedSummary::deletes).setHeader(getTranslation("inipec.column.deletes")).setAutoWidth(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("inipec.column.file"));
        grid.setItems(query -> feeds.history(PageRequest.of(query.getPage(), query.getPageSize())).stream(), query -> (int) feeds.count());
        grid.setEmptyStateText(getTranslation("inipec.none"));
        add(new H1(getTranslation("inipec.title")), new Paragraph(getTranslation("inipec.explanation")),
                new Paragraph(getTranslation("inipec.format")), generate, grid);
    }

    private Anchor download(IniPecFeedSummary feed) {
        return Downloads.link(feed.fileName(), feed.fileName(), ExportFormat.CSV, out -> feeds.writeFile(feed.id(), out));
    }

    private void generate() {
        IniPecFeedSummary[] made = new IniPecFeedSummary[1];
        if (UserFeedback.attempt(() -> made[0] = feeds.generate(), () -> {})) {
            grid.getDataProvider().refreshAll();
            UserFeedback.success(getTranslation("inipec.generated", made[0].inserts(), made[0].updates(), made[0].deletes()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inipec.title") + " · " + getTranslation("base.appName");
    }
}
