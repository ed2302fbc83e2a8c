package it.albopec.inipec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.NotFoundException;
import it.albopec.base.ServiceException;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The INI-PEC feeds of the Order (format: {@link IniPecLine}). A feed holds the changes since the previous one:
 * <ul>
 *   <li>{@code insert}: a registered member (active or suspended) with a working PEC the index was never told of;</li>
 *   <li>{@code update}: such a member whose PEC, name, registration number, codice fiscale or registration date
 *       changed since the last feed;</li>
 *   <li>{@code delete}: a member the index knows who was struck off, transferred or died (cancellation date: the
 *       date of that status), or whose PEC is no longer valid (expired, deleted, deactivated) — the line carries the
 *       address the index knows.</li>
 * </ul>
 * Each feed is kept with its file, who made it and its counts, and audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_ADMIN)
public class IniPecFeeds {

    private static final Set<String> REGISTERED = Set.of("ACTIVE", "SUSPENDED");
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final IniPecFeedStore store;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    IniPecFeeds(IniPecFeedStore store, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Generates the feed of the changes since the last one and records what the index is told.
     *
     * @throws ServiceException "inipec.error.nothingToSend" when nothing changed (nothing is recorded)
     */
    @Transactional
    public IniPecFeedSummary generate() {
        long orderId = currentUser.requireOrderId();
        store.lockOrder(orderId);
        var file = new StringBuilder();
        var published = new ArrayList<Map.Entry<Long, IniPecLine>>();
        var removed = new ArrayList<Long>();
        int[] counts = new int[IniPecLine.State.values().length];
        store.compare(orderId, row -> {
            IniPecLine line = change(row.current(), row.published());
            if (line == null) {
                return;
            }
            file.append(line.format()).append(IniPecLine.LINE_END);
            counts[line.state().ordinal()]++;
            if (line.state() == IniPecLine.State.DELETE) {
                removed.add(row.memberId());
            } else {
                published.add(Map.entry(row.memberId(), line));
            }
        });
        if (published.isEmpty() && removed.isEmpty()) {
            throw new ServiceException("inipec.error.nothingToSend");
        }
        var now = clock.instant();
        String fileName = "inipec-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now.atZone(ITALY)) + ".csv";
        int inserts = counts[IniPecLine.State.INSERT.ordinal()];
        int updates = counts[IniPecLine.State.UPDATE.ordinal()];
        int deletes = counts[IniPecLine.State.DELETE.ordinal()];
        long feedId = store.insertFeed(orderId, now, currentUser.usernameOrSystem(), inserts, updates, deletes, fileName, file.toString());
        store.publish(orderId, feedId, published);
        store.unpublish(orderId, removed);
        audit.record(orderId, "inipec-feed", feedId, "generated", null, List.of(
                new FieldChange("inserts", null, Integer.toString(inserts)),
                new FieldChange("updates", null, Integer.toString(updates)),
                new FieldChange("deletes", null, Integer.toString(deletes))));
        return store.find(orderId, feedId).orElseThrow();
    }

    /** The line for one member, or null when the index already knows what the register says. */
    static IniPecLine change(IniPecFeedStore.Current now, IniPecLine published) {
        boolean listed = REGISTERED.contains(now.status()) && now.pecAddress() != null;
        if (listed) {
            var line = new IniPecLine(now.pecAddress(), now.givenName(), now.surname(), now.registrationNumber(), now.fiscalCode(),
                    IniPecLine.State.INSERT, now.registrationDate(), null);
            if (published == null) {
                return line;
            }
            boolean same = Objects.equals(published.pecAddress(), line.pecAddress()) && Objects.equals(published.givenName(), line.givenName())
                    && Objects.equals(published.surname(), line.surname())
                    && Objects.equals(published.registrationNumber(), line.registrationNumber())
                    && Objects.equals(published.fiscalCode(), line.fiscalCode())
                    && Objects.equals(published.registrationDate(), line.registrationDate());
            return same ? null : new IniPecLine(line.pecAddress(), line.givenName(), line.surname(), line.registrationNumber(), line.fiscalCode(),
                    IniPecLine.State.UPDATE, line.registrationDate(), null);
        }
        if (published == null) {
            return null;
        }
        LocalDate cancelled = REGISTERED.contains(now.status()) ? null : now.statusDate();
        return new IniPecLine(published.pecAddress(), published.givenName(), published.surname(), published.registrationNumber(),
                published.fiscalCode(), IniPecLine.State.DELETE, published.registrationDate(), cancelled);
    }

    /** The log of feeds, newest first. */
    public List<IniPecFeedSummary> history(Pageable pageable) {
        return store.list(currentUser.requireOrderId(), pageable.getPageSize(), pageable.getOffset());
    }

    public long count() {
        return store.count(currentUser.requireOrderId());
    }

    /** @throws NotFoundException when the feed is not one of the caller's Order */
    public IniPecFeedSummary get(long feedId) {
        return store.find(currentUser.requireOrderId(), feedId).orElseThrow(NotFoundException::new);
    }

    /** The file of a past feed, exactly as it was generated. */
    public void writeFile(long feedId, OutputStream out) {
        long orderId = currentUser.requireOrderId();
        store.find(orderId, feedId).orElseThrow(NotFoundException::new);
        try {
            out.write(store.content(orderId, feedId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
