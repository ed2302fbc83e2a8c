package it.albopec.member;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albopec.base.MultiRowInsert;
import it.albopec.base.SqlConditions;
import it.albopec.base.SqlKeyset;
import it.albopec.base.FiscalCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads of the register in SQL: one Order at a time, filters on indexed columns with prefix LIKEs (sargable),
 * the page and the count computed by the database. A grid never loads the table.
 */
@Component
class MemberQueries {

    private static final String COLUMNS = "id, version, order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, "
            + "birthplace_name, email, phone, medici_number, medici_date, odontoiatri_number, odontoiatri_date, registration_date, "
            + "status, status_date, status_reason, destination_order";

    /** Sortable properties of {@link MemberDetails} and their columns; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("fiscalCode", "fiscal_code"), Map.entry("surname", "surname"), Map.entry("givenName", "given_name"),
            Map.entry("birthDate", "birth_date"), Map.entry("registrationDate", "registration_date"), Map.entry("status", "status"),
            Map.entry("statusDate", "status_date"), Map.entry("email", "email"), Map.entry("mediciChirurghiNumber", "medici_number"),
            Map.entry("odontoiatriNumber", "odontoiatri_number"));

    private final JdbcTemplate jdbc;

    MemberQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberDetails> find(long orderId, MemberFilter filter, Pageable pageable) {
        var where = where(orderId, filter);
        var args = where.args();
        String limit = "";
        if (pageable.isPaged()) {
            limit = " LIMIT ? OFFSET ?";
            args.add(pageable.getPageSize());
            args.add(pageable.getOffset());
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM member " + where.sql() + orderBy(pageable.getSort()) + limit, DETAILS, args.toArray());
    }

    /** Keys of the register's sort for keyset pagination: the same properties as {@link #SORTABLE}. */
    private static final Map<String, SqlKeyset.Key<MemberDetails>> KEYS = Map.ofEntries(
            Map.entry("fiscalCode", new SqlKeyset.Key<>("fiscal_code", MemberDetails::fiscalCode)),
            Map.entry("surname", new SqlKeyset.Key<>("surname", MemberDetails::surname)),
            Map.entry("givenName", new SqlKeyset.Key<>("given_name", MemberDetails::givenName)),
            Map.entry("birthDate", new SqlKeyset.Key<>("birth_date", MemberDetails::birthDate)),
            Map.entry("registrationDate", new SqlKeyset.Key<>("registration_date", MemberDetails::registrationDate)),
            Map.entry("status", new SqlKeyset.Key<>("status", MemberDetails::status)),
            Map.entry("statusDate", new SqlKeyset.Key<>("status_date", MemberDetails::statusDate)),
            Map.entry("email", new SqlKeyset.Key<>("email", MemberDetails::email)),
            Map.entry("mediciChirurghiNumber", new SqlKeyset.Key<>("medici_number", MemberDetails::mediciChirurghiNumber)),
            Map.entry("odontoiatriNumber", new SqlKeyset.Key<>("odontoiatri_number", MemberDetails::odontoiatriNumber)));

    /**
     * The page after {@code last} (null: the first) in the grid's order — the same rows as {@link #find} pages, read
     * by keyset so that the 250th page of an export costs what the first does.
     */
    List<MemberDetails> findAfter(long orderId, MemberFilter filter, Sort sort, MemberDetails last, int size) {
        var keyset = SqlKeyset.of(sort, KEYS, sort.isSorted() ? List.of() : List.of(KEYS.get("surname"), KEYS.get("givenName")),
                new SqlKeyset.Key<>("id", MemberDetails::id));
        var where = keyset.after(where(orderId, filter), last);
        var args = where.args();
        args.add(size);
        // the page's ids first, from the index alone: MariaDB then reads the index from the seek on (range access); asked
        // for the whole rows at once it walks the Order's index entries from the first one (ref access), and the 250th
        // page of a 500k export costs 100 times the first. The rows are then read by primary key.
        return jdbc.query("SELECT " + COLUMNS + " FROM member JOIN (SELECT id AS seek_id FROM member " + where.sql() + keyset.orderBy()
                + " LIMIT ?) page ON page.seek_id = member.id" + keyset.orderBy(), DETAILS, args.toArray());
    }

    long count(long orderId, MemberFilter filter) {
        var where = where(orderId, filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM member " + where.sql(), Long.class, where.args().toArray());
    }

    Optional<MemberDetails> get(long orderId, long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM member WHERE order_id = ? AND id = ?", DETAILS, orderId, id).stream().findFirst();
    }

    Optional<MemberDetails> byFiscalCode(long orderId, String fiscalCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM member WHERE order_id = ? AND fiscal_code = ?", DETAILS, orderId,
                FiscalCode.normalize(fiscalCode)).stream().findFirst();
    }

    /** The members of the Order with these (normalised) codes, in ONE query, by codice fiscale. */
    Map<String, MemberDetails> byFiscalCodes(long orderId, Collection<String> fiscalCodes) {
        var found = new HashMap<String, MemberDetails>();
        if (fiscalCodes.isEmpty()) {
            return found;
        }
        var args = new ArrayList<Object>(fiscalCodes.size() + 1);
        args.add(orderId);
        args.addAll(fiscalCodes);
        jdbc.query("SELECT " + COLUMNS + " FROM member WHERE order_id = ? AND fiscal_code IN (" + placeholders(fiscalCodes.size()) + ")",
                DETAILS, args.toArray()).forEach(m -> found.put(m.fiscalCode(), m));
        return found;
    }

    /** New members in multi-row INSERTs (a few statements for a chunk); their ids are read back by code. */
    void insertAll(List<Member> created) {
        MultiRowInsert.insert(jdbc, "INSERT INTO member (version, order_id, fiscal_code, surname, given_name, sex, birth_date, birthplace_code, "
                + "birthplace_name, email, phone, medici_number, medici_date, odontoiatri_number, odontoiatri_date, registration_date, "
                + "status, status_date)", "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 17, created, (ps, index, m) -> {
            ps.setLong(index, m.getOrderId());
            ps.setString(index + 1, m.getFiscalCode());
            int next = bindFields(ps, index + 2, m);
            ps.setString(next, m.getStatus().name());
            ps.setObject(next + 1, m.getStatusDate());
        });
    }

    /**
     * Changed members as one JDBC batch, each only if its version is still the one read (as JPA's optimistic lock).
     *
     * @param changed the new values, each paired with the member as read
     * @return the ids whose version had changed meanwhile (nothing written for them)
     */
    List<Long> updateAll(List<Map.Entry<MemberDetails, Member>> changed) {
        int[][] counts = jdbc.batchUpdate("UPDATE member SET surname = ?, given_name = ?, sex = ?, birth_date = ?, birthplace_code = ?, "
                + "birthplace_name = ?, email = ?, phone = ?, medici_number = ?, medici_date = ?, odontoiatri_number = ?, odontoiatri_date = ?, "
                + "registration_date = ?, version = version + 1 WHERE order_id = ? AND id = ? AND version = ?", changed, changed.size(), (ps, e) -> {
            int next = bindFields(ps, 1, e.getValue());
            ps.setLong(next, e.getKey().orderId());
            ps.setLong(next + 1, e.getKey().id());
            ps.setLong(next + 2, e.getKey().version());
        });
        var stale = new ArrayList<Long>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                // the driver may answer SUCCESS_NO_INFO (negative) for a batch; 0 is a row that did not match
                if (count == 0) {
                    stale.add(changed.get(i).getKey().id());
                }
                i++;
            }
        }
        return stale;
    }

    /** The columns a form sets, from {@code index} on; returns the next free index. */
    private static int bindFields(PreparedStatement ps, int index, Member m) throws SQLException {
        ps.setString(index++, m.getSurname());
        ps.setString(index++, m.getGivenName());
        ps.setString(index++, m.getSex().name());
        // LocalDate as such: the driver encodes it directly (java.sql.Date goes through a Calendar, a hot spot of imports)
        ps.setObject(index++, m.getBirthDate());
        ps.setString(index++, m.getBirthplaceCode());
        ps.setString(index++, m.getBirthplaceName());
        ps.setString(index++, m.getEmail());
        ps.setString(index++, m.getPhone());
        ps.setString(index++, m.getMediciChirurghiNumber());
        ps.setObject(index++, m.getMediciChirurghiDate(), java.sql.Types.DATE);
        ps.setString(index++, m.getOdontoiatriNumber());
        ps.setObject(index++, m.getOdontoiatriDate(), java.sql.Types.DATE);
        ps.setObject(index++, m.getRegistrationDate());
        return index;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    Map<MemberStatus, Long> countByStatus(long orderId) {
        var counts = new EnumMap<MemberStatus, Long>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM member WHERE order_id = ? GROUP BY status",
                rs -> { counts.put(MemberStatus.valueOf(rs.getString(1)), rs.getLong(2)); }, orderId);
        return counts;
    }

    List<StatusChange> statusHistory(long orderId, long memberId) {
        return jdbc.query("SELECT from_status, to_status, effective_date, reason, destination_order, username, at FROM member_status_change "
                        + "WHERE order_id = ? AND member_id = ? ORDER BY at, id",
                (rs, n) -> new StatusChange(MemberStatus.valueOf(rs.getString(1)), MemberStatus.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                orderId, memberId);
    }

    void insertStatusChange(long orderId, long memberId, StatusChange change) {
        jdbc.update("INSERT INTO member_status_change (order_id, member_id, from_status, to_status, effective_date, reason, "
                        + "destination_order, username, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                orderId, memberId, change.from().name(), change.to().name(), Date.valueOf(change.effectiveDate()), change.reason(),
                change.destinationOrder(), change.username(), java.sql.Timestamp.from(change.at()));
    }

    private static SqlConditions where(long orderId, MemberFilter filter) {
        var where = new SqlConditions();
        where.always("order_id = ?", orderId);
        String text = filter.text() == null ? "" : filter.text().trim();
        if (!text.isEmpty()) {
            String prefix = SqlConditions.startsWith(text);
            var any = new StringBuilder("(surname LIKE ? OR given_name LIKE ? OR medici_number = ? OR odontoiatri_number = ?");
            var args = new ArrayList<Object>(List.of(prefix, prefix, text, text));
            String code = FiscalCode.normalize(text);
            if (code.matches("[A-Z0-9]{1,16}")) {
                any.append(" OR fiscal_code LIKE ?");
                args.add(code + "%");
            }
            int space = text.lastIndexOf(' ');
            if (space > 0) {
                // "Rossi Mario", "De Luca Anna": the last word is a given name prefix, the rest a surname prefix
                any.append(" OR (surname LIKE ? AND given_name LIKE ?)");
                args.add(SqlConditions.startsWith(text.substring(0, space).trim()));
                args.add(SqlConditions.startsWith(text.substring(space + 1)));
            }
            where.always(any.append(')').toString(), args.toArray());
        }
        if (filter.section() == RegisterSection.MEDICI_CHIRURGHI) {
            where.always("medici_number IS NOT NULL");
        } else if (filter.section() == RegisterSection.ODONTOIATRI) {
            where.always("odontoiatri_number IS NOT NULL");
        }
        where.ifPresent("status = ?", filter.status() == null ? null : filter.status().name());
        where.ifPresent("registration_date >= ?", filter.registeredFrom() == null ? null : Date.valueOf(filter.registeredFrom()));
        where.ifPresent("registration_date <= ?", filter.registeredTo() == null ? null : Date.valueOf(filter.registeredTo()));
        return where;
    }

    private static String orderBy(Sort sort) {
        return SqlConditions.orderBy(sort, SORTABLE, List.of("surname ASC", "given_name ASC"), List.of("id ASC"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static final RowMapper<MemberDetails> DETAILS = (rs, n) -> new MemberDetails(rs.getLong("id"), rs.getLong("version"),
            rs.getLong("order_id"), rs.getString("fiscal_code"), rs.getString("surname"), rs.getString("given_name"),
            Sex.valueOf(rs.getString("sex")), date(rs, "birth_date"), rs.getString("birthplace_code"), rs.getString("birthplace_name"),
            rs.getString("email"), rs.getString("phone"), rs.getString("medici_number"), date(rs, "medici_date"),
            rs.getString("odontoiatri_number"), date(rs, "odontoiatri_date"), date(rs, "registration_date"),
            MemberStatus.valueOf(rs.getString("status")), date(rs, "status_date"), rs.getString("status_reason"),
            rs.getString("destination_order"));
}
