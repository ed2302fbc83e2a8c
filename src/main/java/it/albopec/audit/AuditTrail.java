package it.albopec.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albopec.base.SqlConditions;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import it.albopec.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log. {@link #record} joins the caller's transaction, so an action and its audit entry are
 * written together or not at all. Reading is for the ADMIN of the Order only, scoped to that Order.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One action on one record, for {@link #recordAll}. */
    public record Entry(long entityId, String action, String reason, List<FieldChange> changes) {}

    /** Record types of platform data (no Order) that every Order's ADMIN reads. */
    private static final List<String> PLATFORM_TYPES = List.of("provider");

    /** Entries written by one INSERT statement: a bound on its placeholders. */
    private static final int ENTRIES_PER_STATEMENT = 1000;

    /**
     * Records an action of the current user (or "system" for jobs) on a record of the given Order.
     *
     * @param orderId    the Order the record belongs to
     * @param entityType a stable name, e.g. "member", "convention", "mailbox"
     * @param action     what happened, e.g. "created", "changed", "struck-off"
     * @param reason     the reason the user gave, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long orderId, String entityType, long entityId, String action, String reason, List<FieldChange> changes) {
        recordAll(orderId, entityType, List.of(new Entry(entityId, action, reason, changes)));
    }

    /**
     * {@link #record} for many records at once (imports): one entry per record with its who, when and field changes,
     * written with a few statements instead of two per record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(long orderId, String entityType, List<Entry> entries) {
        // a signed-in staff user writes only in their own Order's trail; jobs and the operator's set-up have no Order
        if (currentUser.orderId().filter(own -> own != orderId).isPresent()) {
            throw new NotFoundException();
        }
        String username = currentUser.usernameOrSystem();
        Timestamp at = Timestamp.from(clock.instant());
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_STATEMENT) {
            var slice = entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_STATEMENT));
            List<Long> ids = insertEntries(orderId, entityType, username, at, slice);
            var changes = new ArrayList<Map.Entry<Long, FieldChange>>();
            for (int i = 0; i < slice.size(); i++) {
                for (FieldChange change : slice.get(i).changes()) {
                    changes.add(Map.entry(ids.get(i), change));
                }
            }
            if (!changes.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO audit_change (entry_id, field, old_value, new_value) VALUES (?, ?, ?, ?)",
                        changes, changes.size(), (ps, change) -> {
                            ps.setLong(1, change.getKey());
                            ps.setString(2, change.getValue().field());
                            ps.setString(3, truncate(change.getValue().oldValue()));
                            ps.setString(4, truncate(change.getValue().newValue()));
                        });
            }
        }
    }

    /**
     * Entries for the rows a set-based step has written (nightly jobs), copied in SQL without reading them into memory.
     * {@code rowsSql} selects, per entry, {@code order_id, entity_id, action, username, at, reason} and one changed
     * {@code field, old_value, new_value} (a null field: no change recorded); it is run twice, so it must select the
     * same rows both times (e.g. rows with an id above a mark taken before the step).
     *
     * @return the entries written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordRows(String entityType, String rowsSql, Object... args) {
        long mark = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
        var insertArgs = new ArrayList<Object>();
        insertArgs.add(entityType);
        insertArgs.addAll(List.of(args));
        int written = jdbc.update("INSERT INTO audit_entry (order_id, entity_type, entity_id, action, username, at, reason) "
                + "SELECT r.order_id, ?, r.entity_id, r.action, r.username, r.at, r.reason FROM (" + rowsSql + ") r", insertArgs.toArray());
        if (written > 0) {
            var changeArgs = new ArrayList<Object>(List.of(args));
            changeArgs.add(entityType);
            changeArgs.add(mark);
            jdbc.update("INSERT INTO audit_change (entry_id, field, old_value, new_value) "
                    + "SELECT e.id, r.field, r.old_value, r.new_value FROM (" + rowsSql + ") r JOIN audit_entry e "
                    + "ON e.order_id = r.order_id AND e.entity_type = ? AND e.entity_id = r.entity_id AND e.at = r.at AND e.action = r.action "
                    + "WHERE e.id > ? AND r.field IS NOT NULL AND NOT (r.old_value <=> r.new_value)", changeArgs.toArray());
        }
        return written;
    }

    /**
     * A change to platform data that belongs to no Order (a provider): every Order's ADMIN reads it in the audit page,
     * since every Order relies on it. Refused to a user of an Order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPlatform(String entityType, long entityId, String action, String reason, List<FieldChange> changes) {
        // only the operator (or a job) changes platform data: a user of an Order never writes in every Order's trail
        if (currentUser.orderId().isPresent()) {
            throw new org.springframework.security.access.AccessDeniedException("platform audit entry by a user of an Order");
        }
        long id = jdbc.queryForObject("INSERT INTO audit_entry (order_id, entity_type, entity_id, action, username, at, reason) "
                + "VALUES (NULL, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class, entityType, entityId, action, currentUser.usernameOrSystem(),
                Timestamp.from(clock.instant()), truncate(reason));
        jdbc.batchUpdate("INSERT INTO audit_change (entry_id, field, old_value, new_value) VALUES (?, ?, ?, ?)", changes, changes.size(),
                (ps, change) -> {
                    ps.setLong(1, id);
                    ps.setString(2, change.field());
                    ps.setString(3, truncate(change.oldValue()));
                    ps.setString(4, truncate(change.newValue()));
                });
    }

    /** One multi-row INSERT … RETURNING (MariaDB): the new ids in the order of the entries, without guessing them. */
    private List<Long> insertEntries(long orderId, String entityType, String username, Timestamp at, List<Entry> entries) {
        String values = String.join(", ", java.util.Collections.nCopies(entries.size(), "(?, ?, ?, ?, ?, ?, ?)"));
        return jdbc.query(con -> {
            var ps = con.prepareStatement("INSERT INTO audit_entry (order_id, entity_type, entity_id, action, username, at, reason) VALUES "
                    + values + " RETURNING id");
            int p = 1;
            for (Entry entry : entries) {
                ps.setLong(p++, orderId);
                ps.setString(p++, entityType);
                ps.setLong(p++, entry.entityId());
                ps.setString(p++, entry.action());
                ps.setString(p++, username);
                ps.setTimestamp(p++, at);
                ps.setString(p++, truncate(entry.reason()));
            }
            return ps;
        }, (rs, n) -> rs.getLong(1));
    }

    /** Entries of the current ADMIN's Order, newest first, filtered in SQL. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        var where = where(filter);
        var args = where.args();
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<AuditEntry> entries = jdbc.query("SELECT id, order_id, entity_type, entity_id, action, username, at, reason FROM audit_entry "
                + where.sql() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", ENTRY, args.toArray());
        return withChanges(entries);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        var where = where(filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry " + where.sql(), Long.class, where.args().toArray());
    }

    /** The kinds of records the current ADMIN's Order has audit entries for, e.g. "member" (for the audit page's filter). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        var types = new java.util.TreeSet<>(jdbc.queryForList("SELECT DISTINCT entity_type FROM audit_entry WHERE order_id = ?", String.class,
                currentUser.requireOrderId()));
        types.addAll(jdbc.queryForList("SELECT DISTINCT entity_type FROM audit_entry WHERE order_id IS NULL", String.class).stream()
                .filter(PLATFORM_TYPES::contains).toList());
        return List.copyOf(types);
    }

    private SqlConditions where(AuditFilter filter) {
        var where = new SqlConditions();
        // the Order's own entries, and changes to the platform's providers, which every Order relies on
        // (written so that MariaDB reads the Order's index with ref_or_null)
        where.always("(order_id = ? OR order_id IS NULL) AND (order_id IS NOT NULL OR entity_type IN ('"
                + String.join("', '", PLATFORM_TYPES) + "'))", currentUser.requireOrderId());
        where.ifPresent("entity_type = ?", filter.entityType());
        where.ifPresent("entity_id = ?", filter.entityId());
        where.ifPresent("username = ?", filter.username());
        where.ifPresent("action = ?", filter.action());
        where.ifPresent("at >= ?", filter.from() == null ? null : Timestamp.from(filter.from().atStartOfDay(clock.getZone()).toInstant()));
        LocalDate to = filter.to();
        where.ifPresent("at < ?", to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        return where;
    }

    private List<AuditEntry> withChanges(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        var ids = entries.stream().map(e -> String.valueOf(e.id())).toList();
        var changes = new java.util.HashMap<Long, List<FieldChange>>();
        jdbc.query("SELECT entry_id, field, old_value, new_value FROM audit_change WHERE entry_id IN (" + String.join(",", ids) + ") ORDER BY id",
                rs -> {
                    changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new FieldChange(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return entries.stream().map(e -> new AuditEntry(e.id(), e.orderId(), e.entityType(), e.entityId(), e.action(), e.username(),
                e.at(), e.reason(), changes.getOrDefault(e.id(), List.of()))).toList();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"), rs.getLong("order_id"),
            rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("action"), rs.getString("username"),
            rs.getTimestamp("at").toInstant(), rs.getString("reason"), List.of());
}
