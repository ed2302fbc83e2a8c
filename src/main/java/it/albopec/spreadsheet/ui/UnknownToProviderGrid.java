package it.albopec.spreadsheet.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import it.albopec.member.MemberSummary;

/**
 * The members with a working mailbox here that the provider's list does not mention, by name: the Order checks each
 * with the provider. The grid is lazy: names are looked up one page at a time.
 */
class UnknownToProviderGrid extends Composite<Div> {

    /** One member the provider does not list; the names are empty when the member is no longer on the register. */
    record Entry(String fiscalCode, String surname, String givenName) {}

    UnknownToProviderGrid(List<String> fiscalCodes, Function<String, Optional<MemberSummary>> lookup) {
        var grid = new Grid<Entry>();
        grid.addColumn(Entry::surname).setHeader(getTranslation("member.field.surname")).setAutoWidth(true);
        grid.addColumn(Entry::givenName).setHeader(getTranslation("member.field.givenName")).setAutoWidth(true);
        grid.addColumn(Entry::fiscalCode).setHeader(getTranslation("spreadsheet.column.fiscalCode")).setAutoWidth(true);
        grid.setItems(query -> fiscalCodes.subList(Math.min(query.getOffset(), fiscalCodes.size()),
                        Math.min(query.getOffset() + query.getLimit(), fiscalCodes.size())).stream()
                        .map(code -> lookup.apply(code).map(m -> new Entry(code, m.surname(), m.givenName()))
                                .orElse(new Entry(code, "", ""))),
                query -> fiscalCodes.size());
        grid.setHeight(Math.min(12, fiscalCodes.size() + 1) * 2.6 + 1 + "em");
        grid.addClassName("unknown-to-provider");
        getContent().add(new H3(getTranslation("spreadsheet.import.unknownToProvider", fiscalCodes.size())),
                new Paragraph(getTranslation("spreadsheet.import.unknownToProviderHelp")), grid);
    }
}
