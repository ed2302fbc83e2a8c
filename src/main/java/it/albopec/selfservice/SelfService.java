package it.albopec.selfservice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.albopec.audit.AuditTrail;
import it.albopec.audit.FieldChange;
import it.albopec.base.ServiceException;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.mailbox.MailboxDetails;
import it.albopec.mailbox.OwnMailbox;
import it.albopec.member.MemberDetails;
import it.albopec.member.OwnRecord;
import it.albopec.order.OrderDetails;
import it.albopec.order.OrderService;
import it.albopec.provider.ProviderService;
import it.albopec.security.AppRoles;
import it.albopec.security.CurrentUser;
import it.albopec.security.MemberAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the member's page reads and changes, for the signed-in member only: no method takes an id, so no URL or request
 * can point it at another member. Every service it calls is itself limited to the member's own data.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.IS_MEMBER)
public class SelfService {

    private final OwnRecord record;
    private final OwnMailbox mailbox;
    private final ConventionService conventions;
    private final ProviderService providers;
    private final OrderService orders;
    private final MemberAccounts accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final it.albopec.finance.MemberCosts costs;
    private final it.albopec.compliance.MemberObligations obligations;

    SelfService(OwnRecord record, OwnMailbox mailbox, ConventionService conventions, ProviderService providers, OrderService orders,
                MemberAccounts accounts, CurrentUser currentUser, AuditTrail audit, JdbcTemplate jdbc, Clock clock,
                it.albopec.finance.MemberCosts costs, it.albopec.compliance.MemberObligations obligations) {
        this.costs = costs;
        this.obligations = obligations;
        this.record = record;
        this.mailbox = mailbox;
        this.conventions = conventions;
        this.providers = providers;
        this.orders = orders;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public MemberPage page() {
        MemberDetails member = record.mine();
        OrderDetails order = orders.current();
        Optional<MailboxDetails> box = mailbox.current();
        // the convention of the member's mailbox; without one, the Order's active convention tells how to get one
        Optional<ConventionDetails> convention = box.map(b -> conventions.get(b.conventionId()))
                .or(conventions::activeConventionOfCurrentOrder);
        var provider = convention.map(c -> providers.get(c.providerId()));
        Optional<LocalDate> declared = box.flatMap(b -> jdbc.query(
                "SELECT declared_on FROM test_message_declaration WHERE mailbox_id = ? AND member_id = ?",
                (rs, n) -> rs.getDate(1).toLocalDate(), b.id(), member.id()).stream().findFirst());
        return new MemberPage(member, order, box, convention, provider, mailbox.outlook(), declared, languages(order),
                LocalDate.now(clock), costs.nextCharge(member.id()),
                obligations.of(currentUser.requireOrderId(), member.id())); // the signed-in member's own case only
    }

    /** Bolzano is bilingual: its members choose Italian or German; elsewhere Italian, German or English. */
    static List<String> languages(OrderDetails order) {
        return order.languages().size() > 1 ? List.copyOf(order.languages()) : List.of("it", "de", "en");
    }

    @Transactional
    public MemberDetails updateContact(long expectedVersion, String email, String phone) {
        MemberDetails updated = record.updateContact(expectedVersion, email, phone);
        accounts.ownEmailChanged(updated.email());
        return updated;
    }

    @Transactional
    public void chooseLanguage(String language) {
        if (!languages(orders.current()).contains(language)) {
            throw new ServiceException("selfservice.error.language");
        }
        accounts.chooseOwnLanguage(language);
    }

    public Optional<String> language() {
        return accounts.ownLanguage();
    }

    /**
     * Prato: the member says they sent the test message from their new mailbox to the Order's PEC. Recorded once per
     * mailbox (a second click changes nothing), audited, and shown to staff on the member's page.
     */
    @Transactional
    public LocalDate declareTestMessageSent() {
        MailboxDetails box = mailbox.current().filter(MailboxDetails::testMessageMissing)
                .orElseThrow(() -> new ServiceException("selfservice.error.noTestMessageDue"));
        LocalDate today = LocalDate.now(clock);
        int stored = jdbc.update("INSERT IGNORE INTO test_message_declaration (order_id, member_id, mailbox_id, declared_on, at) "
                        + "VALUES (?, ?, ?, ?, ?)", box.orderId(), box.memberId(), box.id(), Date.valueOf(today), Timestamp.from(clock.instant()));
        if (stored == 1) {
            audit.record(box.orderId(), "mailbox", box.id(), "test-message-declared-by-member", null,
                    List.of(new FieldChange("testMessageDeclaredOn", null, today.toString())));
        }
        return today;
    }
}
