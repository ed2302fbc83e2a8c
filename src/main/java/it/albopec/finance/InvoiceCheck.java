package it.albopec.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.SqlConditions;
import it.albopec.base.SqlKeyset;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.spreadsheet.ImportField;
import it.albopec.spreadsheet.TabularFile;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's invoice checked line by line against the Order's charges. FINANCE uploads the lines (.xlsx or
 * {@code ;}-separated CSV: mailbox address or codice fiscale, period, amount) through the register import's safe
 * reader; each line is matched, billed but not expected, or billed with another amount, and each due or paid charge
 * of the invoice's period that no line bills is listed as expected but not billed. The result is kept with the file;
 * the matched lines' charges can be marked paid in one step. ADMIN reads the results.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ORDER_STAFF)
public class InvoiceCheck {

    static final String AUDIT_TYPE = "provider-invoice";
    /** An invoice of a few thousand lines is well under a megabyte; the file is kept with its result. */
    public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

    private static final Set<String> ADDRESS = Set.of("pec", "indirizzopec", "casellapec", "casella", "mailbox", "indirizzo", "address",
            "pecaddress", "email", "postfach", "pecadresse");
    private static final Set<String> PERIOD = Set.of("periodo", "period", "dal", "decorrenza", "iniziodelperiodo", "inizioperiodo",
            "periodstart", "from", "zeitraum", "ab", "datainizio", "competenza");
    private static final Set<String> AMOUNT = Set.of("importo", "amount", "betrag", "totale", "imponibile", "prezzo", "canone", "euro");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");

    private final JdbcTemplate jdbc;
    private final ChargeService charges;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvoiceCheck(JdbcTemplate jdbc, ChargeService charges, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.charges = charges;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether a header names a column of the invoice (address, codice fiscale, period, amount). */
    static Optional<String> column(String header) {
        String h = TabularFile.normalizeHeader(header);
        if (TabularFile.recognise(header).filter(f -> f == ImportField.FISCAL_CODE).isPresent()) {
            return Optional.of("CF");
        }
        if (ADDRESS.contains(h) || TabularFile.recognise(header).filter(f -> f == ImportField.PEC).isPresent()) {
            return Optional.of("ADDRESS");
        }
        if (PERIOD.contains(h)) {
            return Optional.of("PERIOD");
        }
        if (AMOUNT.contains(h)) {
            return Optional.of("AMOUNT");
        }
        return Optional.empty();
    }

    /**
     * Reads, checks and keeps the invoice; refused with the reason (file too big, not a table, no header) and then
     * nothing is kept.
     */
    @PreAuthorize(AppRoles.IS_FINANCE)
    @Transactional
    public InvoiceSummary check(Path file, String fileName) {
        long orderId = currentUser.requireOrderId();
        var parsed = new ArrayList<Parsed>();
        Map<String, Integer> columns = new HashMap<>();
        TabularFile.read(file, MAX_FILE_SIZE, h -> column(h).isPresent(), new TabularFile.Rows() {
            @Override
            public void header(List<String> cells) {
                for (int i = 0; i < cells.size(); i++) {
                    int index = i;
                    column(cells.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
                }
            }

            @Override
            public boolean row(int number, List<String> cells) {
                parsed.add(parse(number, cells, columns));
                return parsed.size() <= 100_000;
            }
        });
        if (!columns.containsKey("PERIOD") || !columns.containsKey("AMOUNT") || !columns.containsKey("ADDRESS") && !columns.containsKey("CF")) {
            throw new ServiceException("finance.invoice.error.columns");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String safeName = fileName == null || fileName.isBlank() ? "fattura" : fileName.strip();
        safeName = safeName.length() > 200 ? safeName.substring(0, 200) : safeName;
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        String name = safeName;
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO finance_invoice (order_id, file_name, file_size, content, uploaded_by, uploaded_at, "
                    + "period_from, period_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, orderId);
            ps.setString(2, name);
            ps.setLong(3, content.length);
            ps.setBytes(4, content);
            ps.setString(5, currentUser.usernameOrSystem());
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            ps.setDate(7, null);
            ps.setDate(8, null);
            return ps;
        }, keyHolder);
        long invoiceId = keyHolder.getKey().longValue();

        var lines = new ArrayList<Object[]>();
        Set<Long> billed = new HashSet<>();
        int[] counts = new int[InvoiceOutcome.values().length];
        BigDecimal billedTotal = BigDecimal.ZERO;
        var billedPeriods = new ArrayList<LocalDate>();
        for (Parsed p : parsed) {
            if (p.problem() != null) {
                lines.add(line(invoiceId, p, InvoiceOutcome.INVALID, null, null, p.problem()));
                counts[InvoiceOutcome.INVALID.ordinal()]++;
                continue;
            }
            billedTotal = billedTotal.add(p.amount());
            Expected expected = expectedCharge(orderId, p.key(), p.period());
            InvoiceOutcome outcome;
            String detail = null;
            if (expected == null) {
                outcome = InvoiceOutcome.NOT_EXPECTED;
                detail = whyNotExpected(orderId, p.key());
            } else if (!billed.add(expected.chargeId())) {
                outcome = InvoiceOutcome.NOT_EXPECTED;
                detail = "finance.invoice.detail.twice";
            } else if (expected.amount() != null && expected.amount().compareTo(p.amount()) == 0) {
                outcome = InvoiceOutcome.MATCHED;
            } else {
                outcome = InvoiceOutcome.AMOUNT_DIFFERS;
            }
            counts[outcome.ordinal()]++;
            if (expected != null) {
                billedPeriods.add(p.period());
            }
            lines.add(line(invoiceId, p, outcome, expected == null ? null : expected.chargeId(), expected == null ? null : expected.amount(), detail));
        }
        // the invoice's period: that of the lines billing a charge of the Order (a stray line does not widen it)
        if (billedPeriods.isEmpty()) {
            parsed.stream().map(Parsed::period).filter(java.util.Objects::nonNull).forEach(billedPeriods::add);
        }
        LocalDate from = billedPeriods.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate to = billedPeriods.stream().max(LocalDate::compareTo).orElse(null);
        if (from != null) {
            // due or paid charges of the invoice's period that no line bills
            for (Map<String, Object> c : jdbc.queryForList("SELECT ch.id, ch.period_start, ch.amount, COALESCE(b.pec_address, m.fiscal_code) AS k "
                    + "FROM finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id JOIN member m ON m.id = ch.member_id "
                    + "WHERE ch.order_id = ? AND ch.state IN ('DUE', 'PAID') AND ch.period_start >= ? AND ch.period_start <= ? ORDER BY ch.period_start, ch.id",
                    orderId, Date.valueOf(from), Date.valueOf(to))) {
                long chargeId = ((Number) c.get("id")).longValue();
                if (!billed.contains(chargeId)) {
                    lines.add(new Object[] {invoiceId, null, c.get("k"), c.get("period_start"), null, InvoiceOutcome.NOT_BILLED.name(), chargeId,
                            c.get("amount"), null});
                    counts[InvoiceOutcome.NOT_BILLED.ordinal()]++;
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO finance_invoice_line (invoice_id, line_number, billed_key, period_start, billed_amount, outcome, charge_id, "
                + "expected_amount, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
        jdbc.update("UPDATE finance_invoice SET lines_total = ?, matched = ?, not_expected = ?, not_billed = ?, amount_differs = ?, invalid = ?, "
                        + "billed_total = ?, period_from = ?, period_to = ? WHERE id = ?", parsed.size(), counts[InvoiceOutcome.MATCHED.ordinal()],
                counts[InvoiceOutcome.NOT_EXPECTED.ordinal()], counts[InvoiceOutcome.NOT_BILLED.ordinal()],
                counts[InvoiceOutcome.AMOUNT_DIFFERS.ordinal()], counts[InvoiceOutcome.INVALID.ordinal()], billedTotal,
                from == null ? null : Date.valueOf(from), to == null ? null : Date.valueOf(to), invoiceId);
        audit.record(orderId, AUDIT_TYPE, invoiceId, "checked", name, FieldChange.builder()
                .compare("lines", null, parsed.size()).compare("matched", null, counts[InvoiceOutcome.MATCHED.ordinal()]).build());
        return get(invoiceId);
    }

    public List<InvoiceSummary> list(Pageable pageable) {
        return jdbc.query(SUMMARY + "WHERE order_id = ? ORDER BY uploaded_at DESC, id DESC LIMIT ? OFFSET ?", InvoiceCheck::summary,
                currentUser.requireOrderId(), pageable.getPageSize(), pageable.getOffset());
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM finance_invoice WHERE order_id = ?", Long.class, currentUser.requireOrderId());
    }

    public InvoiceSummary get(long invoiceId) {
        List<InvoiceSummary> found = jdbc.query(SUMMARY + "WHERE id = ? AND order_id = ?", InvoiceCheck::summary, invoiceId,
                currentUser.requireOrderId());
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.getFirst();
    }

    /** The invoice's lines with one outcome (or all), in the file's order, the unbilled charges after. */
    public List<InvoiceLine> lines(long invoiceId, InvoiceOutcome outcome, Pageable pageable) {
        get(invoiceId);
        return jdbc.query(LINE + "WHERE invoice_id = ? AND (? IS NULL OR outcome = ?) "
                        + "ORDER BY line_number IS NULL, line_number, id LIMIT ? OFFSET ?", InvoiceCheck::line,
                invoiceId, outcome == null ? null : outcome.name(), outcome == null ? null : outcome.name(), pageable.getPageSize(), pageable.getOffset());
    }

    /**
     * The page after {@code last} (null: the first) of the invoice's lines with one outcome (or all), in the order of
     * {@link #lines}, by keyset: the export of the lines grid and the invoice's report read the lines so.
     */
    public List<InvoiceLine> linesAfter(long invoiceId, @Nullable InvoiceOutcome outcome, @Nullable InvoiceLine last, int size) {
        get(invoiceId);
        SqlConditions where = LINE_ORDER.after(new SqlConditions().always("invoice_id = ?", invoiceId)
                .ifPresent("outcome = ?", outcome == null ? null : outcome.name()), last);
        List<Object> args = where.args();
        args.add(size);
        return jdbc.query(LINE + where.sql() + LINE_ORDER.orderBy() + " LIMIT ?", InvoiceCheck::line, args.toArray());
    }

    /** The lines' order: the file's lines by number, then the unbilled charges (no number) by id. */
    private static final SqlKeyset<InvoiceLine> LINE_ORDER = SqlKeyset.of(Sort.unsorted(), Map.of(), List.of(
                    new SqlKeyset.Key<>("(line_number IS NULL)", l -> l.lineNumber() == null ? 1 : 0),
                    new SqlKeyset.Key<>("line_number", InvoiceLine::lineNumber)),
            new SqlKeyset.Key<>("id", InvoiceLine::id));

    private static final String LINE = "SELECT id, line_number, billed_key, period_start, billed_amount, outcome, charge_id, expected_amount, detail "
            + "FROM finance_invoice_line ";

    private static InvoiceLine line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InvoiceLine(rs.getLong(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3),
                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getBigDecimal(5), InvoiceOutcome.valueOf(rs.getString(6)),
                (Long) rs.getObject(7, Long.class), rs.getBigDecimal(8), rs.getString(9));
    }

    public long countLines(long invoiceId, InvoiceOutcome outcome) {
        get(invoiceId);
        return jdbc.queryForObject("SELECT COUNT(*) FROM finance_invoice_line WHERE invoice_id = ? AND (? IS NULL OR outcome = ?)", Long.class,
                invoiceId, outcome == null ? null : outcome.name(), outcome == null ? null : outcome.name());
    }

    /** The file as it was uploaded. */
    public void writeFile(long invoiceId, OutputStream out) {
        get(invoiceId);
        byte[] content = jdbc.queryForObject("SELECT content FROM finance_invoice WHERE id = ? AND order_id = ?", byte[].class, invoiceId,
                currentUser.requireOrderId());
        try {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Marks paid, in one step, the charges of the matched lines that are still due, with the invoice as reference;
     * each charge on its own (one changed meanwhile does not stop the others).
     */
    @PreAuthorize(AppRoles.IS_FINANCE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SettlementOutcome markMatchedPaid(long invoiceId, LocalDate paidOn) {
        InvoiceSummary invoice = get(invoiceId);
        var targets = new ArrayList<ChargeService.Target>();
        for (InvoiceLine line : lines(invoiceId, InvoiceOutcome.MATCHED, org.springframework.data.domain.PageRequest.of(0, 100_000))) {
            ChargeRow charge = charges.get(line.chargeId());
            if (charge.state() == ChargeState.DUE) {
                targets.add(new ChargeService.Target(charge.id(), charge.version(), charge.surname() + " " + charge.givenName()));
            }
        }
        String reference = invoice.fileName().length() > 90 ? invoice.fileName().substring(0, 90) : invoice.fileName();
        return charges.settleMany(targets, new Settlement.Paid(paidOn, reference));
    }

    /**
     * An example of the provider's invoice for the Order's own charges, as a {@code ;}-separated CSV, that shows every
     * outcome when checked: billed as expected, with another amount, a closed or unknown mailbox billed, and two
     * charges of the period left out.
     */
    public void writeSampleInvoice(OutputStream out) {
        long orderId = currentUser.requireOrderId();
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> chosen = jdbc.queryForList("SELECT ch.period_start, ch.amount, b.pec_address, m.fiscal_code FROM finance_charge ch "
                + "JOIN mailbox b ON b.id = ch.mailbox_id JOIN member m ON m.id = ch.member_id WHERE ch.order_id = ? AND ch.state IN ('DUE', 'PAID') "
                + "AND ch.period_start >= ? AND ch.amount IS NOT NULL ORDER BY ch.period_start, ch.id LIMIT 8", orderId, Date.valueOf(today.minusYears(1)));
        var csv = new StringBuilder("Casella PEC;Codice fiscale;Periodo;Importo\n");
        DateTimeFormatter italian = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (int i = 0; i < chosen.size(); i++) {
            if (i == 3 || i == 6) {
                continue; // expected but not billed
            }
            Map<String, Object> c = chosen.get(i);
            BigDecimal amount = (BigDecimal) c.get("amount");
            if (i == 7) {
                amount = amount.add(BigDecimal.ONE); // another amount
            }
            LocalDate start = ((java.sql.Date) c.get("period_start")).toLocalDate();
            String address = i == 1 ? "" : String.valueOf(c.get("pec_address"));
            csv.append(address).append(';').append(c.get("fiscal_code")).append(';').append(start.format(italian)).append(" - ")
                    .append(start.plusYears(3).minusDays(1).format(italian)).append(';').append(amount.toPlainString().replace('.', ',')).append('\n');
        }
        LocalDate inRange = chosen.isEmpty() ? today : ((java.sql.Date) chosen.get(chosen.size() / 2).get("period_start")).toLocalDate();
        // billed but not expected: a mailbox the Order closed (a member who left), and an address the Order does not know
        // (or, where no mailbox was closed, a term billed before it started)
        jdbc.query("SELECT b.pec_address, ch.period_start FROM finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id WHERE ch.order_id = ? "
                + "AND ch.state IN ('CANCELLED', 'FORECAST') AND b.pec_address IS NOT NULL "
                + "ORDER BY ch.state = 'CANCELLED' DESC, b.state = 'DEACTIVATED' DESC, ch.id LIMIT 1", rs -> {
            csv.append(rs.getString(1)).append(";;").append(rs.getDate(2).toLocalDate().format(italian)).append(";17,08\n");
        }, orderId);
        csv.append("sconosciuto.").append(orderId).append("@pec.omceo.it;;").append(inRange.format(italian)).append(";17,08\n");
        try {
            out.write(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Parsed(int number, String key, LocalDate period, BigDecimal amount, String problem) {}

    private record Expected(long chargeId, BigDecimal amount) {}

    private static Parsed parse(int number, List<String> cells, Map<String, Integer> columns) {
        String address = cell(cells, columns.get("ADDRESS"));
        String cf = cell(cells, columns.get("CF"));
        String key = !address.isBlank() ? address.toLowerCase(Locale.ROOT) : cf.toUpperCase(Locale.ROOT);
        if (key.isBlank()) {
            return new Parsed(number, null, null, null, "finance.invoice.detail.noKey");
        }
        LocalDate period = date(cell(cells, columns.get("PERIOD")));
        if (period == null) {
            return new Parsed(number, key, null, null, "finance.invoice.detail.noPeriod");
        }
        BigDecimal amount = amount(cell(cells, columns.get("AMOUNT")));
        if (amount == null) {
            return new Parsed(number, key, period, null, "finance.invoice.detail.noAmount");
        }
        return new Parsed(number, key.length() > 254 ? key.substring(0, 254) : key, period, amount, null);
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
    }

    /** The first date of the cell: "10/03/2025", "10.03.2025", "2025-03-10", or a range "10/03/2025 - 09/03/2028". */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            return LocalDate.parse(m.group(0), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "17,08", "17.08", "€ 17,08", "1.234,56": euro with at most two decimals. */
    static BigDecimal amount(String text) {
        String t = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00A0", "");
        if (t.isEmpty()) {
            return null;
        }
        int comma = t.lastIndexOf(','), dot = t.lastIndexOf('.');
        if (comma > dot) {
            t = t.replace(".", "").replace(',', '.');
        } else if (dot > comma && comma >= 0) {
            t = t.replace(",", "");
        }
        try {
            BigDecimal value = new BigDecimal(t);
            return value.signum() < 0 || value.stripTrailingZeros().scale() > 2 ? null : value.setScale(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The Order's charge billed by the line: its mailbox (by address or the member's codice fiscale) and a term containing the day. */
    private Expected expectedCharge(long orderId, String key, LocalDate day) {
        String condition = key.contains("@") ? "b.pec_address = ?" : "m.fiscal_code = ?";
        List<Expected> found = jdbc.query("SELECT ch.id, ch.amount FROM finance_charge ch JOIN mailbox b ON b.id = ch.mailbox_id "
                        + "JOIN member m ON m.id = ch.member_id WHERE ch.order_id = ? AND " + condition
                        + " AND ch.period_start <= ? AND ch.period_end > ? AND ch.state IN ('DUE', 'PAID', 'WAIVED') ORDER BY ch.period_start DESC LIMIT 1",
                (rs, n) -> new Expected(rs.getLong(1), rs.getBigDecimal(2)), orderId, key, Date.valueOf(day), Date.valueOf(day));
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Why a billed line is not expected: the member left, the mailbox was closed, or the Order has no such mailbox. */
    private String whyNotExpected(long orderId, String key) {
        String condition = key.contains("@") ? "b.pec_address = ?" : "m.fiscal_code = ?";
        List<String> found = jdbc.query("SELECT b.state, m.status FROM mailbox b JOIN member m ON m.id = b.member_id WHERE b.order_id = ? AND "
                + condition + " ORDER BY b.id DESC LIMIT 1", (rs, n) -> rs.getString(1) + "|" + rs.getString(2), orderId, key);
        if (found.isEmpty()) {
            return "finance.invoice.detail.unknown";
        }
        String[] parts = found.getFirst().split("\\|");
        if (!"ACTIVE".equals(parts[1]) && !"SUSPENDED".equals(parts[1])) {
            return "finance.invoice.detail.member." + parts[1];
        }
        return "finance.invoice.detail.mailbox." + parts[0];
    }

    private static Object[] line(long invoiceId, Parsed p, InvoiceOutcome outcome, Long chargeId, BigDecimal expected, String detail) {
        return new Object[] {invoiceId, p.number(), p.key(), p.period() == null ? null : Date.valueOf(p.period()), p.amount(), outcome.name(),
                chargeId, expected, detail};
    }

    private static final String SUMMARY = "SELECT id, file_name, file_size, uploaded_by, uploaded_at, period_from, period_to, lines_total, matched, "
            + "not_expected, not_billed, amount_differs, invalid, billed_total FROM finance_invoice ";

    private static InvoiceSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InvoiceSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getBigDecimal(14));
    }
}
