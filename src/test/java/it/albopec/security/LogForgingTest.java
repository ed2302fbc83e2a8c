package it.albopec.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import it.albopec.base.LogText;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.HttpUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user name typed into the login form cannot forge a log line (a line break of its own, "FORGED Login succeeded …")
 * nor flood the log: the real login form, the real log events.
 */
@AlboPecTest
class LogForgingTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger loginLog = (Logger) LoggerFactory.getLogger("it.albopec.login");

    @BeforeEach
    void capture() {
        logged.start();
        loginLog.addAppender(logged);
    }

    @AfterEach
    void release() {
        loginLog.detachAppender(logged);
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void aUserNameWithALineBreakStaysOnItsOwnLogLine() {
        HttpUser.onPort(port).logIn("intruder\nFORGED Login succeeded user=admin.po from=10.0.0.1\r\u2028x", "whatever");

        List<String> lines = messages();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Login failed user=intruder\\nFORGED"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r", "\u2028"));
    }

    @Test
    void aHugeUserNameIsCut() {
        HttpUser.onPort(port).logIn("x".repeat(20_000), "whatever");

        assertThat(messages()).anySatisfy(line -> assertThat(line)
                .startsWith("Login failed user=xxx").contains("(20000 chars)").hasSizeLessThan(400));
    }

    @Test
    void logTextEscapesEveryControlCharacterAndKeepsOrdinaryText() {
        assertThat(LogText.of("admin.po")).isEqualTo("admin.po");
        assertThat(LogText.of("Zoë Müller 🙂")).isEqualTo("Zoë Müller 🙂");
        assertThat(LogText.of("a\u0000b\u001bc\u0085d\\n")).isEqualTo("a\\u0000b\\u001bc\\u0085d\\\\n");
        assertThat(LogText.of("broken\uD800")).isEqualTo("broken\\ud800");
        assertThat(LogText.of(null)).isEqualTo("-");
    }

    private List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
