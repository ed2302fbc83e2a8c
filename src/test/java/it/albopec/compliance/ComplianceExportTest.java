package it.albopec.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.export.TableExports;
import it.albopec.base.ui.ExportMenu;
import it.albopec.compliance.ui.ComplianceView;
import it.albopec.testsupport.UiTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.test.context.support.WithUserDetails;

/** The compliance list's export: the members the page lists, in its order, only the Order's; keyset pages equal the grid's. */
class ComplianceExportTest extends UiTest {

    @Autowired ComplianceService compliance;
    @Autowired TableExports exports;

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
    @WithUserDetails("admin.bz")
    void aGermanReadersExportWrittenInTheBackgroundSaysReasonsAndStepsInGerman() throws Exception {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(ComplianceView.class);
        @SuppressWarnings("unchecked")
        ExportMenu<NonCompliantMember> menu = $(ExportMenu.class).single();
        var export = menu.currentExport();
        var out = new ByteArrayOutputStream();
        var failure = new AtomicReference<Throwable>();
        // as the download does: the rows are written on another thread, where there is no UI
        var writer = new Thread(new DelegatingSecurityContextRunnable(() -> {
            CurrentInstance.clearAll();
            try {
                exports.write(export, ExportFormat.XLSX, out, ExportProgress.NONE);
            } catch (Throwable e) {
                failure.set(e);
            }
        }));
        writer.start();
        writer.join();
        assertThat(failure.get()).isNull();

        var i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        Set<String> reasons = Arrays.stream(Reason.values())
                .map(r -> i18n.getTranslation("compliance.reason." + r.name(), Locale.GERMAN)).collect(Collectors.toSet());
        Set<String> steps = Stream.concat(Stream.of("compliance.step.none"), Arrays.stream(CaseStep.values()).map(s -> "compliance.step." + s.name()))
                .map(key -> i18n.getTranslation(key, Locale.GERMAN)).collect(Collectors.toSet());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            int reason = headers.indexOf(i18n.getTranslation("compliance.column.reason", Locale.GERMAN));
            int step = headers.indexOf(i18n.getTranslation("compliance.column.step", Locale.GERMAN));
            assertThat(reason).isNotNegative();
            assertThat(step).isNotNegative();
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(reason).getStringCellValue()).isIn(reasons);
                assertThat(sheet.getRow(r).getCell(step).getStringCellValue()).isIn(steps);
            }
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
