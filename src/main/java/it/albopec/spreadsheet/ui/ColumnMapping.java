package it.albopec.spreadsheet.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import it.albopec.spreadsheet.ImportField;
import it.albopec.spreadsheet.ImportKind;
import it.albopec.spreadsheet.SheetLayout;
import it.albopec.spreadsheet.UploadedWorkbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The uploaded file's sheet and columns: which sheet to read (when there are several) and, per column, the field it
 * holds — as remembered or recognised, changeable by the user — then the button that starts the dry run.
 */
class ColumnMapping extends Composite<VerticalLayout> {

    private final ImportTexts texts;
    private final Supplier<ImportKind> kind;
    private final Span fileLabel = new Span();
    private final Select<String> sheet = new Select<>();
    private final Grid<Integer> columns = new Grid<>();
    private final Map<Integer, Select<ImportField>> columnFields = new HashMap<>();
    private final Button previewButton = new Button();
    private final Span headerOnly = new Span();
    private SheetLayout layout;

    /**
     * @param chooseSheet told the sheet the user picked, so its layout is read
     * @param preview     told to start the dry run
     */
    ColumnMapping(ImportTexts texts, Supplier<ImportKind> kind, Consumer<String> chooseSheet, Runnable preview) {
        this.texts = texts;
        this.kind = kind;
        sheet.setLabel(texts.get("spreadsheet.import.sheet"));
        sheet.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chooseSheet.accept(e.getValue());
            }
        });
        columns.addColumn(CellReference::convertNumToColString).setHeader(texts.get("spreadsheet.column.column")).setWidth("4em").setFlexGrow(0);
        columns.addColumn(i -> layout.headers().get(i)).setHeader(texts.get("spreadsheet.column.header"));
        columns.addComponentColumn(i -> columnFields.computeIfAbsent(i, this::fieldChoice)).setHeader(texts.get("spreadsheet.column.field"));
        columns.setAllRowsVisible(true);
        columns.setWidth("48em");
        previewButton.setText(texts.get("spreadsheet.import.preview"));
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewButton.addClickListener(e -> preview.run());
        getContent().setPadding(false);
        headerOnly.addClassName("import-header-only");
        headerOnly.getElement().getThemeList().add("badge error");
        getContent().add(new HorizontalLayout(fileLabel, sheet), new Span(texts.get("spreadsheet.import.columns")), columns, headerOnly,
                previewButton);
        setVisible(false);
    }

    /** A new file: its name and size, its sheets (the choice shown only when there are several), the first one chosen. */
    void showFile(UploadedWorkbook workbook) {
        sheet.setItems(workbook.sheets());
        sheet.setValue(workbook.sheets().getFirst());
        sheet.setVisible(workbook.sheets().size() > 1);
        fileLabel.setText(texts.get("spreadsheet.import.file", workbook.fileName(), Math.max(1, workbook.size() / 1024)));
    }

    /** The chosen sheet's columns: the named or mapped ones, blank unmapped columns left out. */
    void showLayout(SheetLayout layout) {
        this.layout = layout;
        columnFields.clear();
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < layout.headers().size(); i++) {
            if (!layout.headers().get(i).isBlank() || layout.mapping().containsKey(i)) {
                indexes.add(i);
            }
        }
        columns.setItems(indexes);
        // a header row and no data: said now, before a dry run that would find nothing
        headerOnly.setText(layout.headerOnly() ? texts.get("spreadsheet.import.headerOnly", sheet.getValue()) : "");
        headerOnly.setVisible(layout.headerOnly());
        previewButton.setEnabled(!layout.headerOnly());
        setVisible(true);
    }

    String sheet() {
        return sheet.getValue();
    }

    /** The mapping as the user left it: column → field, each field taken once. */
    Map<Integer, ImportField> mapping() {
        var mapping = new HashMap<Integer, ImportField>();
        for (int i = 0; i < layout.headers().size(); i++) {
            ImportField field = columnFields.containsKey(i) ? columnFields.get(i).getValue() : layout.mapping().get(i);
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(i, field);
            }
        }
        return mapping;
    }

    /** While work runs, the dry run cannot be started again. */
    void setBusy(boolean busy) {
        previewButton.setEnabled(!busy);
    }

    private Select<ImportField> fieldChoice(int column) {
        var select = new Select<ImportField>();
        select.setItems(ImportField.of(kind.get()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(texts.field(null));
        select.setItemLabelGenerator(texts::field);
        select.setValue(layout.mapping().get(column));
        select.setWidthFull();
        return select;
    }
}
