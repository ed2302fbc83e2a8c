package it.albopec.finance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.ui.ExportMenu;
import it.albopec.finance.ChargeFilter;
import it.albopec.finance.ChargeRow;
import it.albopec.finance.ChargeService;
import it.albopec.testsupport.UiTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The costs page's export: the page's filter and sort, amounts as numbers, dates as dates, only the Order's charges. */
class CostsExportTest extends UiTest {

    @Autowired ChargeService charges;

    @Test
    @WithUserDetails("finance.bz")
    void theCostsPageExportsItsChargesTyped() throws IOException {
        navigate(CostsView.class);
        @SuppressWarnings("unchecked")
        Grid<ChargeRow> grid = $(Grid.class).single();
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("amount")).build());

        @SuppressWarnings("unchecked")
        ExportMenu<ChargeRow> menu = $(ExportMenu.class).single();
        var out = new ByteArrayOutputStream();
        long written = menu.write(ExportFormat.XLSX, out, ExportProgress.NONE);

        ChargeFilter filter = $(CostsView.class).single().filter();
        Sort sort = Sort.by(Sort.Order.desc("amount"));
        List<ChargeRow> expected = charges.find(filter, PageRequest.of(0, 100_000, sort));
        assertThat(written).isEqualTo(expected.size()).isEqualTo(charges.count(filter)).isPositive();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            int amount = headers.indexOf(getTranslationOf("finance.column.amount"));
            int dueOn = headers.indexOf(getTranslationOf("finance.column.dueOn"));
            int code = headers.indexOf(getTranslationOf("mailbox.column.fiscalCode"));
            assertThat(amount).isNotNegative();
            assertThat(dueOn).isNotNegative();
            assertThat(code).isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ChargeRow row = expected.get(r - 1);
                assertThat(sheet.getRow(r).getCell(code).getStringCellValue()).isEqualTo(row.fiscalCode());
                var due = sheet.getRow(r).getCell(dueOn);
                assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
                assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(row.dueOn());
                if (row.amount() != null) {
                    var money = sheet.getRow(r).getCell(amount);
                    assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(money.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                            .isEqualByComparingTo(row.amount());
                }
            }
            // Bolzano's finance staff export Bolzano's charges only
            assertThat(expected).allSatisfy(row -> assertThat(row.fiscalCode()).isNotNull());
        }
    }

    @Test
    @WithUserDetails("finance.po")
    void keysetPagesAreTheGridsPagesInEverySort() {
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Order.desc("amount")), Sort.by(Sort.Order.asc("surname")),
                Sort.by(Sort.Order.desc("state"), Sort.Order.asc("paidOn")))) {
            var filter = new ChargeFilter(null, null, null, null, false, null, null);
            var expected = charges.find(filter, PageRequest.of(0, 100_000, sort)).stream().map(ChargeRow::id).toList();
            var paged = new ArrayList<Long>();
            ChargeRow last = null;
            while (true) {
                var page = charges.findAfter(filter, sort, last, 7);
                page.forEach(c -> paged.add(c.id()));
                if (page.size() < 7) {
                    break;
                }
                last = page.getLast();
            }
            assertThat(paged).as(sort.toString()).containsExactlyElementsOf(expected);
        }
    }

    private String getTranslationOf(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
