package it.albopec.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import it.albopec.base.export.ExportFormat;
import it.albopec.base.export.ExportProgress;
import it.albopec.base.ui.ExportMenu;
import it.albopec.member.ui.MemberListView;
import it.albopec.testsupport.TestMembers;
import it.albopec.testsupport.UiTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The register's export: what the grid shows (filter, sort, columns), only the Order's members, audited. */
class RegisterExportTest extends UiTest {

    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin.po")
    void theRegisterExportsAsTheGridShowsItAndOnlyTheOrdersMembers() throws IOException {
        var form = TestMembers.physician("Esposito", "Gennaro", LocalDate.of(2024, 2, 3));
        form.setPhone("+39 340 1234567");
        MemberDetails withPhone = members.create(form);

        navigate(MemberListView.class);
        @SuppressWarnings("unchecked")
        Grid<MemberDetails> grid = $(Grid.class).single();
        @SuppressWarnings("unchecked")
        Select<MemberStatus> status = $(Select.class).withCaption("Stato").single();
        test(status).selectItem("Attivo");
        grid.getColumnByKey("phone").setVisible(true);
        grid.getColumnByKey("sections").setVisible(false);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("registrationDate")).thenAsc(grid.getColumnByKey("surname")).build());

        var out = new ByteArrayOutputStream();
        @SuppressWarnings("unchecked")
        ExportMenu<MemberDetails> menu = $(ExportMenu.class).single();
        long written = menu.write(ExportFormat.XLSX, out, ExportProgress.NONE);

        var filter = new MemberFilter(null, null, MemberStatus.ACTIVE, null, null);
        List<MemberDetails> expected = members.find(filter, Pageable.unpaged(Sort.by(Sort.Order.desc("registrationDate"), Sort.Order.asc("surname"))));
        assertThat(written).isEqualTo(expected.size()).isEqualTo(members.count(filter)).isGreaterThan(10);

        // kept for a person to open (as the screenshots are)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/exports/register-po-it.xlsx"), out.toByteArray());

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var headers = new ArrayList<String>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Cognome", "Nome", "Codice fiscale", "Stato", "N. iscrizione Medici Chirurghi",
                    "Data di prima iscrizione", "E-mail", "Telefono");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            var exportedCodes = new ArrayList<String>();
            var formatter = new DataFormatter(java.util.Locale.ITALY);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                exportedCodes.add(row.getCell(2).getStringCellValue());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Attivo");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
                if (r <= 3) {
                    var line = new ArrayList<String>();
                    row.forEach(c -> line.add(formatter.formatCellValue(c)));
                    System.out.println("REGISTER ROW " + r + ": " + String.join(" | ", line));
                }
            }
            // the same rows in the same order as the grid's query: the filter and the sort of the screen
            assertThat(exportedCodes).containsExactlyElementsOf(expected.stream().map(MemberDetails::fiscalCode).toList());

            Long prato = jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = 'PO'", Long.class);
            var pratoCodes = new HashSet<>(jdbc.queryForList("SELECT fiscal_code FROM member WHERE order_id = ?", String.class, prato));
            var otherCodes = new HashSet<>(jdbc.queryForList("SELECT fiscal_code FROM member WHERE order_id <> ?", String.class, prato));
            otherCodes.removeAll(pratoCodes);
            assertThat(otherCodes).isNotEmpty();
            assertThat(pratoCodes).containsAll(exportedCodes);
            assertThat(exportedCodes).doesNotContainAnyElementsOf(otherCodes);

            int phoneRow = exportedCodes.indexOf(withPhone.fiscalCode()) + 1;
            var phone = sheet.getRow(phoneRow).getCell(7);
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("+39 340 1234567");
            assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
        }

        Map<String, Object> audit = jdbc.queryForMap("SELECT id, username, action, order_id FROM audit_entry WHERE entity_type = 'export' ORDER BY id DESC LIMIT 1");
        assertThat(audit.get("username")).isEqualTo("admin.po");
        assertThat(audit.get("action")).isEqualTo("exported");
        var changes = new java.util.HashMap<String, String>();
        jdbc.query("SELECT field, new_value FROM audit_change WHERE entry_id = ?", rs -> {
            changes.put(rs.getString(1), rs.getString(2));
        }, audit.get("id"));
        assertThat(changes).containsEntry("list", "member.register").containsEntry("format", "xlsx")
                .containsEntry("rows", Long.toString(written));
        assertThat(changes.get("filter")).contains("status=ACTIVE").contains("registrationDate: DESC");
        assertThat(changes.get("columns")).isEqualTo("Cognome, Nome, Codice fiscale, Stato, N. iscrizione Medici Chirurghi, Data di prima iscrizione, E-mail, Telefono");
    }

    @Test
    @WithUserDetails("admin.po")
    void theRegisterExportsAsCsvForItalianExcel() {
        navigate(MemberListView.class);
        var out = new ByteArrayOutputStream();
        @SuppressWarnings("unchecked")
        ExportMenu<MemberDetails> menu = $(ExportMenu.class).single();
        long written = menu.write(ExportFormat.CSV, out, ExportProgress.NONE);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFCognome;Nome;Codice fiscale;Stato;Sezioni;N. iscrizione Medici Chirurghi;Data di prima iscrizione;E-mail");
        assertThat(lines).hasSize((int) written + 1);
        assertThat(written).isEqualTo(members.count(MemberFilter.none()));
        MemberDetails first = members.find(MemberFilter.none(), Pageable.ofSize(1)).getFirst();
        assertThat(lines[1]).startsWith(first.surname() + ";" + first.givenName() + ";" + first.fiscalCode() + ";");
    }

    @Test
    @WithUserDetails("admin.fg")
    void keysetPagesAreTheGridsPagesInEverySort() {
        var filter = MemberFilter.none();
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Order.desc("registrationDate")),
                Sort.by(Sort.Order.desc("odontoiatriNumber"), Sort.Order.asc("email")),
                Sort.by(Sort.Order.asc("odontoiatriNumber"), Sort.Order.desc("status"), Sort.Order.desc("givenName")))) {
            var expected = members.find(filter, Pageable.unpaged(sort)).stream().map(MemberDetails::id).toList();
            var paged = new ArrayList<Long>();
            MemberDetails last = null;
            while (true) {
                var page = members.findAfter(filter, sort, last, 7);
                page.forEach(m -> paged.add(m.id()));
                if (page.size() < 7) {
                    break;
                }
                last = page.getLast();
            }
            assertThat(paged).as(sort.toString()).containsExactlyElementsOf(expected);
        }
    }
}
