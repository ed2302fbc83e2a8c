package it.albopec.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;

import com.vaadin.flow.component.combobox.ComboBox;
import it.albopec.audit.ui.AuditView;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.ui.ExportMenu;
import it.albopec.testsupport.UiTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit log's export: newest first, the page's filter, the Order's entries only, itself audited. */
class AuditExportTest extends UiTest {

    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin.bz")
    void theAuditLogExportsTheFilteredEntriesOfTheOrderNewestFirst() throws IOException {
        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        ExportMenu<AuditEntry> menu = $(ExportMenu.class).single();
        // a first export leaves an entry of type "export" to filter on
        menu.write(ExportFormat.CSV, new ByteArrayOutputStream(), ExportProgress.NONE);
        @SuppressWarnings("unchecked")
        ComboBox<String> type = $(ComboBox.class).withCaption("Tipo di dato").single();
        type.setItems(trail.entityTypes());
        test(type).selectItem("Esportazione");

        var filter = new AuditFilter("export", null, null, null, null, null);
        var expected = trail.find(filter, PageRequest.of(0, 10_000));
        var out = new ByteArrayOutputStream();
        long written = menu.write(ExportFormat.XLSX, out, ExportProgress.NONE);
        assertThat(written).isEqualTo(expected.size()).isPositive();
        // the export is itself in the log now
        assertThat(trail.count(filter)).isEqualTo(expected.size() + 1);
        Long bolzano = jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = 'BZ'", Long.class);
        assertThat(expected).allSatisfy(e -> assertThat(e.orderId()).isEqualTo(bolzano));
        assertThat(expected.getFirst().reason()).isEqualTo("Registro delle modifiche");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Data e ora", "Utente", "Dato", "Azione", "Motivo", "Modifiche (prima → dopo)");
            var at = sheet.getRow(1).getCell(0);
            assertThat(at.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("admin.bz");
            // an export is no stored record: the list's name as the user saw it stands where a record's number would
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Esportazione · Registro delle modifiche");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Esportazione di un elenco");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).contains("list: (vuoto) → audit.log").contains("format: (vuoto) → csv");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
        }
    }
}
