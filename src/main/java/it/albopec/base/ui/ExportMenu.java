package it.albopec.base.ui;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.albopec.base.export.ExportColumn;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.export.FilterText;
import it.albopec.base.export.TableExport;
import it.albopec.base.export.TableExports;
import org.springframework.data.domain.Sort;

/**
 * "Excel" and "CSV" links beside a list: each downloads the list as it is on screen — the current filter and sort,
 * the columns shown in their order — streamed from the database, with the rows written so far and a button to stop.
 * A grid gets its export in one line with {@link #forGrid}.
 */
public class ExportMenu<T> extends HorizontalLayout {

    /** The module's keyset query: the page after {@code last} of the rows matching {@code filter} in {@code sort}. */
    @FunctionalInterface
    public interface PageQuery<T, F> {
        List<T> page(F filter, Sort sort, T last, int size);
    }

    private final TableExports exports;
    private final Supplier<TableExport<T>> export;
    private final ProgressBar bar = new ProgressBar();
    private final Span state = new Span();
    private final Button stop = new Button(getTranslation("base.export.stop"), VaadinIcon.STOP.create());
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** An export of whatever {@code export} describes when the user clicks. */
    public ExportMenu(TableExports exports, Supplier<TableExport<T>> export) {
        this.exports = exports;
        this.export = export;
        addClassName("export-menu");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        bar.setIndeterminate(true);
        bar.setWidth("8em");
        bar.setVisible(false);
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        stop.setVisible(false);
        stop.addClickListener(e -> stopRequested.set(true));
        state.addClassName("export-state");
        add(VaadinIcon.DOWNLOAD.create(), link(ExportFormat.XLSX, getTranslation("base.export.xlsx")),
                link(ExportFormat.CSV, getTranslation("base.export.csv")), bar, state, stop);
    }

    /**
     * The export of a lazy grid: the rows of {@code filter} in the grid's sort, read with {@code query}; of
     * {@code columns}, those whose key is a column the user shows, in the grid's order (columns without a grid
     * column of the same key always, at the end).
     *
     * @param list  the list's stable name for the audit trail, e.g. "member.register"
     * @param title the list's name in the user's language (sheet and file name)
     */
    public static <T, F> ExportMenu<T> forGrid(Grid<T> grid, TableExports exports, String list, String title, List<ExportColumn<T>> columns,
                                               Supplier<F> filter, PageQuery<T, F> query) {
        return new ExportMenu<>(exports, () -> {
            F current = filter.get();
            Sort sort = sortOf(grid);
            return new TableExport<>(list, title, FilterText.of(current) + (sort.isSorted() ? "; sort=" + sort : ""),
                    shownColumns(grid, columns), (last, size) -> query.page(current, sort, last, size));
        });
    }

    /** The grid's sort as Spring's, from the sort properties of its sorted columns. */
    public static <T> Sort sortOf(Grid<T> grid) {
        var orders = new ArrayList<Sort.Order>();
        for (GridSortOrder<T> order : grid.getSortOrder()) {
            order.getSorted().getSortOrder(order.getDirection()).forEach(o -> orders.add(new Sort.Order(
                    o.getDirection() == SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC, o.getSorted())));
        }
        return Sort.by(orders);
    }

    private static <T> List<ExportColumn<T>> shownColumns(Grid<T> grid, List<ExportColumn<T>> columns) {
        var shown = new ArrayList<ExportColumn<T>>();
        var gridKeys = new ArrayList<String>();
        for (Grid.Column<T> column : grid.getColumns()) {
            gridKeys.add(column.getKey());
            if (column.isVisible()) {
                columns.stream().filter(c -> c.key().equals(column.getKey())).findFirst().ifPresent(shown::add);
            }
        }
        columns.stream().filter(c -> !gridKeys.contains(c.key())).forEach(shown::add);
        return shown;
    }

    /** What a click would export now. */
    public TableExport<T> currentExport() {
        return export.get();
    }

    /** Writes what a click would download (the download link does exactly this). */
    public long write(ExportFormat format, OutputStream out, ExportProgress progress) {
        return exports.write(currentExport(), format, out, progress);
    }

    private Anchor link(ExportFormat format, String text) {
        var anchor = new Anchor(download(format), text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("export-" + format.extension());
        return anchor;
    }

    private DownloadHandler download(ExportFormat format) {
        return event -> {
            UI ui = event.getUI();
            var spec = new AtomicReference<TableExport<T>>();
            ui.accessSynchronously(() -> {
                spec.set(currentExport());
                stopRequested.set(false);
                running(true, getTranslation("base.export.running", 0));
            });
            event.setFileName(exports.fileName(spec.get(), format));
            event.setContentType(format.contentType());
            OutputStream out = event.getOutputStream();
            try {
                long rows = exports.write(spec.get(), format, out, new ExportProgress() {
                    @Override
                    public void written(long rows) {
                        ui.access(() -> state.setText(getTranslation("base.export.running", rows)));
                    }

                    @Override
                    public boolean cancelled() {
                        return stopRequested.get();
                    }
                });
                // closed only when complete: a stopped export must end the download as failed, not as a short file
                out.close();
                ui.access(() -> running(false, getTranslation("base.export.done", rows)));
            } catch (RuntimeException e) {
                ui.access(() -> running(false, getTranslation(stopRequested.get() ? "base.export.stopped" : "base.export.failed")));
                throw e;
            }
        };
    }

    private void running(boolean running, String text) {
        bar.setVisible(running);
        stop.setVisible(running);
        state.setText(text);
    }
}
