package it.albopec.spreadsheet.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import it.albopec.spreadsheet.ImportRunDetails;
import it.albopec.spreadsheet.ImportService;

/** Every import of the Order, newest first, refused ones included; a click opens a run's preview. */
class ImportHistory extends Composite<Grid<ImportRunDetails>> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    ImportHistory(ImportService imports, ImportTexts texts, LongConsumer open) {
        Grid<ImportRunDetails> history = getContent();
        history.addColumn(r -> WHEN.format(r.startedAt())).setHeader(texts.get("spreadsheet.column.when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRunDetails::username).setHeader(texts.get("spreadsheet.column.who")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRunDetails::fileName).setHeader(texts.get("spreadsheet.column.fileName")).setFlexGrow(1);
        history.addColumn(r -> Math.max(1, r.fileSize() / 1024) + " KB").setHeader(texts.get("spreadsheet.column.size")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> r.created() + " / " + r.changed() + " / " + r.unchanged() + " / " + r.invalid())
                .setHeader(texts.get("spreadsheet.column.counts")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> r.durationMs() == null ? "" : String.format("%.1f s", r.durationMs() / 1000.0))
                .setHeader(texts.get("spreadsheet.column.duration")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(texts::statusWithFailure).setHeader(texts.get("spreadsheet.column.status")).setFlexGrow(2);
        history.setItems(query -> imports.history(query.getOffset(), query.getLimit()).stream(), query -> (int) imports.countHistory());
        history.setHeight("18em");
        history.addClassName("import-history");
        history.addItemClickListener(e -> {
            if (e.getItem().total() > 0) {
                open.accept(e.getItem().id());
            }
        });
    }

    void refresh() {
        getContent().getDataProvider().refreshAll();
    }
}
