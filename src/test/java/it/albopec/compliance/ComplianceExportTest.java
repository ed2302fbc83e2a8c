package it.albopec.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.ui.ExportMenu;
import it.albopec.compliance.ui.ComplianceView;
import it.albopec.testsupport.UiTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The compliance list's export: the members the page lists, in its order, only the Order's; keyset pages equal the grid's. */
class ComplianceExportTest extends UiTest {

    @Autowired ComplianceService compliance;

    @Test
    @WithUserDetails("finance.fg")
    void theListExportsTheMembersItShowsInItsOrder() throws IOException {
        navigate(ComplianceView.class);
        @SuppressWarnings("unchecked")
        Grid<NonCompliantMember> grid = $(Grid.class).single();
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("since")).build());
        @SuppressWarnings("unchecked")
        ExportMenu<NonCompliantMember> menu = $(ExportMenu.class).single();
        var out = new ByteArrayOutputStream();
        long written = menu.write(ExportFormat.XLSX, out, ExportProgress.NONE);

        List<NonCompliantMember> expected = compliance.find(ComplianceFilter.empty(), PageRequest.of(0, 100_000, Sort.by(Sort.Order.desc("since"))));
        assertThat(written).isEqualTo(expected.size()).isEqualTo(compliance.count(ComplianceFilter.empty())).isPositive();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            int code = headers.indexOf(UI.getCurrent().getTranslation("compliance.column.fiscalCode"));
            assertThat(code).isNotNegative();
            var codes = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(code).getStringCellValue());
            }
            assertThat(codes).containsExactlyElementsOf(expected.stream().map(NonCompliantMember::fiscalCode).toList());
        }
    }

    @Test
    @WithUserDetails("admin.po")
    void keysetPagesAreTheGridsPagesInEverySort() {
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Order.desc("since")), Sort.by(Sort.Order.asc("step")),
                Sort.by(Sort.Order.desc("deadline"), Sort.Order.asc("fiscalCode")))) {
            var expected = compliance.find(ComplianceFilter.empty(), PageRequest.of(0, 100_000, sort)).stream()
                    .map(NonCompliantMember::memberId).toList();
            var paged = new ArrayList<Long>();
            NonCompliantMember last = null;
            while (true) {
                var page = compliance.findAfter(ComplianceFilter.empty(), sort, last, 7);
                page.forEach(m -> paged.add(m.memberId()));
                if (page.size() < 7) {
                    break;
                }
                last = page.getLast();
            }
            assertThat(paged).as(sort.toString()).containsExactlyElementsOf(expected);
        }
    }
}
