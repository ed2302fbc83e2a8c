package it.albopec.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import it.albopec.AlboPecApplication;
import it.albopec.convention.PaymentMethod;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.SignIn;
import it.albopec.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * No lost or doubled data with two application nodes on one database: a SECOND application context (its own
 * connection pool, scheduler lock provider and job bean, on this run's schema) runs the daily mailbox job at the same
 * moment as the suite's context. Each mailbox gets each transition exactly once, whether the two runs race
 * ({@code run}: serialised by the job's database lock and its conditions) or go through the scheduler entry point
 * ({@code nightly}: ShedLock lets only one node run). Concurrent edits of one member from two sessions (one wins,
 * the other gets the optimistic-lock error) are in {@code MemberServiceTest.aStaleVersionIsRefused...}.
 */
@AlboPecTest
class TwoNodesLifecycleJobTest {

    private static ConfigurableApplicationContext secondNode;

    @Autowired MailboxLifecycleJob job;
    @Autowired MailboxFixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

    @BeforeAll
    static void startSecondNode() {
        // Vaadin's security configuration installs its SecurityContextHolder strategy in a static field: the second
        // context would replace the suite's, and every later test would sign in where the suite's services do not look
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        try {
            startTheNode();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(suites);
        }
    }

    private static void startTheNode() {
        // the security configuration needs the servlet stack: a second web server on a free loopback port
        secondNode = new SpringApplicationBuilder(AlboPecApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.profiles.active=test",
                        "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.pool-name=second-node",
                        "--albopec.demo-data=false",
                        "--albopec.mailbox.lifecycle-cron=-",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
            try {
                secondNode.close();
            } finally {
                SecurityContextHolder.setContextHolderStrategy(suites);
            }
        }
    }

    @AfterEach
    void signOut() {
        signIn.out();
        jdbc.update("DELETE FROM shedlock WHERE name = 'mailbox-lifecycle'");
    }

    @Test
    void bothNodesRunningTheJobAtOnceWriteEachTransitionOnce() throws Exception {
        List<Long> prepared = prepare("Nodo");
        MailboxLifecycleJob other = secondNode.getBean(MailboxLifecycleJob.class);
        assertThat(other).isNotSameAs(job);

        together(() -> job.run(today), () -> other.run(today));

        assertOneTransitionPerStep(prepared);
    }

    @Test
    void throughTheSchedulerOnlyOneNodeRuns() throws Exception {
        jdbc.update("DELETE FROM shedlock WHERE name = 'mailbox-lifecycle'");
        List<Long> prepared = prepare("Turno");
        MailboxLifecycleJob other = secondNode.getBean(MailboxLifecycleJob.class);
        var runs = new ListAppender<ILoggingEvent>();
        Logger logger = (Logger) LoggerFactory.getLogger(MailboxLifecycleJob.class);
        runs.start();
        logger.addAppender(runs);
        try {
            together(() -> {
                job.nightly();
                return null;
            }, () -> {
                other.nightly();
                return null;
            });
        } finally {
            logger.detachAppender(runs);
        }

        assertThat(runs.list.stream().filter(e -> e.getFormattedMessage().startsWith("Mailbox lifecycle for"))).as("runs of the job")
                .hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'mailbox-lifecycle'", Long.class)).isOne();
        assertOneTransitionPerStep(prepared);
    }

    /** Mailboxes of Bolzano at each edge of the calendar: one expires, one becomes EXPIRING, one is deleted, one renews. */
    private List<Long> prepare(String surname) {
        signIn.as("admin.bz");
        var ids = new ArrayList<Long>();
        ids.add(mailbox(surname, today.minusMonths(36).minusDays(3), PaymentMethod.BANK_TRANSFER));
        ids.add(mailbox(surname, today.minusMonths(36).plusDays(30), PaymentMethod.BOLLETTINO));
        ids.add(mailbox(surname, today.minusMonths(40), PaymentMethod.BOLLETTINO));
        ids.add(mailbox(surname, today.minusMonths(36), PaymentMethod.PAYPAL));
        signIn.out();
        return ids;
    }

    private long mailbox(String surname, LocalDate activatedOn, PaymentMethod method) {
        long member = fixtures.member(surname, "Doppio", today.minusYears(10));
        return fixtures.activeMailbox(member, activatedOn, method, null);
    }

    private void assertOneTransitionPerStep(List<Long> mailboxes) {
        for (long mailbox : mailboxes) {
            List<String> actions = jdbc.queryForList("SELECT action FROM mailbox_transition WHERE mailbox_id = ? AND username = 'system'",
                    String.class, mailbox);
            assertThat(actions).as("transitions of mailbox " + mailbox).isNotEmpty().doesNotHaveDuplicates();
        }
        assertThat(jdbc.queryForList("SELECT action FROM mailbox_transition WHERE mailbox_id = ? AND username = 'system'", String.class,
                mailboxes.get(2))).as("expired, then deleted 90 days later").containsExactly("EXPIRED", "DELETED");
    }

    private static void together(Callable<?> first, Callable<?> second) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (Callable<?> task : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
    }
}
