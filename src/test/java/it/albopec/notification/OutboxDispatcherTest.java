package it.albopec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.albopec.AlboPecApplication;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.TestClock.MutableClock;
import it.albopec.testsupport.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox through a real SMTP server in-process (GreenMail): a message is stored once per dedup key, sent once,
 * retried with backoff after an SMTP failure, FAILED after the last attempt, and sent exactly once when two application
 * contexts (two nodes on one database) run the dispatcher at the same moment.
 */
@AlboPecTest
class OutboxDispatcherTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static ConfigurableApplicationContext secondNode;

    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MutableClock clock;

    long orderId;

    @BeforeEach
    void onlyThisTestsMessagesAreDue() {
        orderId = jdbc.queryForObject("SELECT id FROM medical_order WHERE province_code = 'FG'", Long.class);
        // messages other tests left waiting (reminders of the demo data) are not this test's business
        jdbc.update("UPDATE outbox_message SET next_attempt_at = '2099-01-01' WHERE state IN ('PENDING', 'SENDING')");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
            try {
                secondNode.close();
            } finally {
                SecurityContextHolder.setContextHolderStrategy(suites);
                secondNode = null;
            }
        }
    }

    @Test
    void aMessageIsStoredOncePerEventAndSentOnce() throws Exception {
        String key = "test:once:" + System.nanoTime();
        assertThat(enqueue("uno@example.org", "Promemoria", key)).isTrue();
        assertThat(enqueue("uno@example.org", "Promemoria", key)).as("same event").isFalse();

        assertThat(dispatcher.dispatch(greenMail())).isEqualTo(1);
        assertThat(dispatcher.dispatch(greenMail())).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Promemoria");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("uno@example.org");
        assertThat(jdbc.queryForObject("SELECT state FROM outbox_message WHERE dedup_key = ?", String.class, key)).isEqualTo("SENT");
    }

    @Test
    void anSmtpFailureIsRetriedLaterWithBackoffAndTheMessageSentOnce() throws Exception {
        String key = "test:retry:" + System.nanoTime();
        enqueue("due@example.org", "Riprova", key);

        assertThat(dispatcher.dispatch(unreachable())).isZero();
        Map<String, Object> row = jdbc.queryForMap("SELECT state, attempts, last_error, next_attempt_at FROM outbox_message WHERE dedup_key = ?", key);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();
        assertThat(dispatcher.dispatch(greenMail())).as("not due before the backoff").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatch(greenMail())).isEqualTo(1);
        clock.advance(Duration.ofHours(13));
        assertThat(dispatcher.dispatch(greenMail())).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForMap("SELECT state, attempts FROM outbox_message WHERE dedup_key = ?", key))
                .containsEntry("state", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void afterTheLastAttemptTheMessageIsFailedForTheAdminToSee() {
        String key = "test:failed:" + System.nanoTime();
        enqueue("tre@example.org", "Mai", key);
        for (int attempt = 1; attempt <= dispatcher.backoff().size() + 1; attempt++) {
            dispatcher.dispatch(unreachable());
            clock.advance(Duration.ofHours(13));
        }
        assertThat(jdbc.queryForMap("SELECT state, attempts FROM outbox_message WHERE dedup_key = ?", key))
                .containsEntry("state", "FAILED").containsEntry("attempts", dispatcher.backoff().size() + 1);
        assertThat(dispatcher.dispatch(greenMail())).isZero();
    }

    @Test
    void twoNodesDispatchingAtOnceSendEachMessageExactlyOnce() throws Exception {
        startSecondNode();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "test:two-nodes:" + i + ":" + System.nanoTime();
            keys.add(key);
            enqueue("nodi" + i + "@example.org", "Messaggio " + i, key);
        }
        OutboxDispatcher other = secondNode.getBean(OutboxDispatcher.class);
        JavaMailSender otherSender = secondNode.getBean(JavaMailSender.class);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(
                    () -> { start.await(); return dispatcher.dispatch(greenMail()); },
                    () -> { start.await(); return other.dispatch(otherSender); });
            List<Future<Integer>> futures = runs.stream().map(pool::submit).toList();
            start.countDown();
            int sent = 0;
            for (Future<Integer> f : futures) {
                sent += f.get();
            }
            assertThat(sent).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(this::subject).toList()).hasSize(40).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT' AND dedup_key LIKE 'test:two-nodes:%'", Long.class))
                .isEqualTo(40);
    }

    private boolean enqueue(String to, String subject, String key) {
        return transaction.execute(tx -> outbox.enqueue(orderId, to, "it", subject, "Testo di prova", key));
    }

    private String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaMailSender greenMail() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    /** An SMTP address where nothing listens: every connection is refused. */
    private static JavaMailSender unreachable() {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private static void startSecondNode() {
        if (secondNode != null) {
            return;
        }
        // Vaadin's security configuration replaces the static SecurityContextHolder strategy: keep the suite's
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        try {
            secondNode = new SpringApplicationBuilder(AlboPecApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run("--spring.profiles.active=test",
                            "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                            "--spring.datasource.username=root",
                            "--spring.datasource.password=",
                            "--spring.datasource.hikari.pool-name=second-node-mail",
                            "--albopec.demo-data=false",
                            "--albopec.mailbox.lifecycle-cron=-",
                            "--spring.mail.host=127.0.0.1",
                            "--spring.mail.port=" + smtp.getSmtp().getPort(),
                            "--server.port=0",
                            "--server.address=127.0.0.1",
                            "--spring.main.banner-mode=off");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(suites);
        }
    }
}
