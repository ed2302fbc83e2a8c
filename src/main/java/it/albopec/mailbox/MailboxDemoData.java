package it.albopec.mailbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import it.albopec.base.DemoDataStep;
import it.albopec.convention.ConventionDetails;
import it.albopec.convention.ConventionService;
import it.albopec.convention.PaymentMethod;
import it.albopec.security.DemoOrderFill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mailboxes in every state for the three demo Orders, consistent with their conventions: Prato's paid by the
 * Order and renewed automatically; Foggia's and Bolzano's paid by members with each method, Foggia's waiting for
 * signed forms. A pre-load list sent three weeks ago leaves the newest members "not yet pre-loaded"; then the
 * daily job moves everything by date. Fixed seed, so every start shows the same picture.
 */
@Component
@ConditionalOnProperty(name = "albopec.demo-data", havingValue = "true")
class MailboxDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(MailboxDemoData.class);
    private static final PaymentMethod[] METHODS = PaymentMethod.values();

    private final DemoOrderFill demoOrders;
    private final ConventionService conventions;
    private final PreloadListStore lists;
    private final MailboxRepository mailboxes;
    private final MailboxHistory history;
    private final MailboxLifecycleJob job;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailboxDemoData(DemoOrderFill demoOrders, ConventionService conventions, PreloadListStore lists,
                    MailboxRepository mailboxes, MailboxHistory history, MailboxLifecycleJob job, JdbcTemplate jdbc, Clock clock) {
        this.demoOrders = demoOrders;
        this.conventions = conventions;
        this.lists = lists;
        this.mailboxes = mailboxes;
        this.history = history;
        this.job = job;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        // an Order with a pre-load list has its mailboxes; one without a convention that takes requests gets none
        int created = demoOrders.eachUnfilled(orderId -> lists.lastListId(orderId) != -1, order -> conventions.forOrder(order.id()).stream()
                .filter(c -> c.isAcceptingRequests(today)).findFirst()
                .map(convention -> populate(order.id(), convention, today, new Random(order.id() * 7919L)))
                .orElse(0));
        if (created > 0) {
            job.run(today);
            log.info("Demo mailboxes: {} created and moved to today's states", created);
        }
    }

    private int populate(long orderId, ConventionDetails convention, LocalDate today, Random random) {
        LocalDate sentOn = today.minusDays(21);
        long listId = lists.insert(orderId, convention.id(), sentOn, clock.instant(), "demo",
                "precaricamento-" + convention.code() + "-demo.xlsx");
        lists.openEligibleMailboxes(listId, orderId, ConventionTerms.of(convention), sentOn, clock.instant(), "demo");
        List<Long> ids = jdbc.queryForList("SELECT id FROM mailbox WHERE order_id = ? AND state = 'ELIGIBLE' ORDER BY id", Long.class, orderId);
        for (long id : ids) {
            Mailbox mailbox = mailboxes.findById(id).orElseThrow();
            int dice = random.nextInt(100);
            if (dice < 8) {
                continue; // listed, not registered at the provider yet
            }
            LocalDate requested = today.minusDays(dice < 14 ? random.nextInt(10) : 30 + random.nextInt(1400));
            if (requested.isBefore(sentOn) && dice < 14) {
                requested = sentOn.plusDays(1);
            }
            PaymentMethod method = convention.renewsAtTheOrdersExpense() ? null : METHODS[random.nextInt(METHODS.length)];
            boolean auto = method == null || convention.renewsAutomatically(method);
            YearMonth card = method == PaymentMethod.CARD ? YearMonth.from(requested.plusMonths(6 + random.nextInt(48))) : null;
            String address = address(jdbc, mailbox.getMemberId());
            record(mailbox, mailbox.request(requested, method, auto, card, address, (1000000 + random.nextInt(8999999)) + "@aruba.it",
                    convention.activationExpectedAfterRequest(method, requested).orElse(null)));
            if (dice < 14) {
                continue; // a fresh request: awaiting payment, documents or the provider's activation
            }
            LocalDate activation = requested.plusDays(method == null || method.activatesInRealTime() ? 0 : 1 + random.nextInt(3));
            if (mailbox.getState() == MailboxState.AWAITING_PAYMENT) {
                record(mailbox, mailbox.paymentReceived(activation));
            }
            if (mailbox.getState() == MailboxState.AWAITING_DOCUMENTS) {
                // the fax arrives, then the provider activates "in genere 2/3 gg lavorativi" later (Foggia)
                LocalDate documents = activation;
                activation = convention.activationExpectedAfterDocuments(documents).orElse(documents);
                record(mailbox, mailbox.documentsReceived(documents, activation));
            }
            if (mailbox.getState() == MailboxState.REQUESTED) {
                record(mailbox, mailbox.recordActivation(activation, null, null));
            }
            LocalDate testMessage = activation.plusDays(1 + random.nextInt(20));
            if (convention.requiresTestMessage() && random.nextInt(100) < 75 && mailbox.getState().isValidPec() && !testMessage.isAfter(today)) {
                record(mailbox, mailbox.testMessageReceived(testMessage));
            }
        }
        return ids.size();
    }

    private void record(Mailbox mailbox, Mailbox.Transition transition) {
        mailboxes.saveAndFlush(mailbox);
        history.record(mailbox, transition, "demo");
    }

    /** name.surname@pec.omceo.it style address from the member's names, as providers usually propose. */
    private static String address(JdbcTemplate jdbc, long memberId) {
        Map<String, Object> m = jdbc.queryForMap("SELECT given_name, surname, fiscal_code FROM member WHERE id = ?", memberId);
        String local = PersonName.comparable(m.get("given_name").toString()).toLowerCase() + "."
                + PersonName.comparable(m.get("surname").toString()).toLowerCase();
        return local + "." + m.get("fiscal_code").toString().substring(9, 11).toLowerCase() + "@pec.omceo.it";
    }
}
