package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.ui.ExportMenu;
import it.albopec.mailbox.ui.MailboxesView;
import it.albopec.testsupport.UiTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The mailboxes page's export: the page's filter, sort and columns, typed. */
class MailboxesExportTest extends UiTest {

    @Autowired MailboxService mailboxes;

    @Test
    @WithUserDetails("finance.fg")
    void theMailboxesPageExportsItsFilterSortAndColumns() throws IOException {
        navigate(MailboxesView.class);
        @SuppressWarnings("unchecked")
        Grid<MailboxRow> grid = $(Grid.class).single();
        test($(Checkbox.class).withCaption(getTranslationOf("mailbox.filter.atRisk")).single()).click();
        grid.getColumnByKey("notes").setVisible(false);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("expiresOn")).build());

        @SuppressWarnings("unchecked")
        ExportMenu<MailboxRow> menu = $(ExportMenu.class).single();
        var out = new ByteArrayOutputStream();
        long written = menu.write(ExportFormat.XLSX, out, ExportProgress.NONE);

        var filter = new MailboxFilter(null, null, null, true, false, false, false, false, false);
        List<MailboxRow> expected = mailboxes.find(filter, PageRequest.of(0, 100_000, Sort.by(Sort.Order.asc("expiresOn"))));
        assertThat(written).isEqualTo(expected.size()).isEqualTo(mailboxes.count(filter)).isPositive();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).hasSize(8).doesNotContain(getTranslationOf("mailbox.column.notes"))
                    .contains(getTranslationOf("mailbox.column.expiresOn"));
            var codes = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(2).getStringCellValue());
                var expiry = sheet.getRow(r).getCell(6);
                assertThat(expiry.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(expiry)).isTrue();
                assertThat(expiry.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.get(r - 1).expiresOn());
            }
            assertThat(codes).containsExactlyElementsOf(expected.stream().map(MailboxRow::fiscalCode).toList());
        }
    }

    @Test
    @WithUserDetails("admin.po")
    void keysetPagesAreThePagesPagesInEverySort() {
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Order.desc("state")), Sort.by(Sort.Order.asc("expiresOn")),
                Sort.by(Sort.Order.desc("pecAddress"), Sort.Order.desc("fiscalCode")))) {
            for (MailboxFilter filter : List.of(MailboxFilter.none(), new MailboxFilter(null, null, null, false, false, false, false, false, true))) {
                var expected = mailboxes.find(filter, PageRequest.of(0, 100_000, sort)).stream().map(MailboxRow::memberId).toList();
                var paged = new ArrayList<Long>();
                MailboxRow last = null;
                while (true) {
                    var page = mailboxes.findAfter(filter, sort, last, 9);
                    page.forEach(m -> paged.add(m.memberId()));
                    if (page.size() < 9) {
                        break;
                    }
                    last = page.getLast();
                }
                assertThat(paged).as(sort + " " + filter).containsExactlyElementsOf(expected);
            }
        }
    }

    private String getTranslationOf(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
