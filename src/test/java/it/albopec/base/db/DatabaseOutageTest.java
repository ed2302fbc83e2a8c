package it.albopec.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.time.Duration;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import it.albopec.testsupport.AlboPecTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app survives a database restart: while MariaDB is down, work fails quickly with an exception (never
 * hangs past the pool's connection timeout) and health says DOWN; once it is back, the same pool works
 * again with no restart of the app. The shared MariaDB of the machine is never stopped: the outage is
 * staged on a private embedded MariaDB, reached through a pool configured with the application's own
 * {@code spring.datasource.hikari.*} settings.
 */
@AlboPecTest
class DatabaseOutageTest {

    @Autowired
    Environment environment;

    EmbeddedMariaDb server;
    HikariDataSource pool;

    @BeforeEach
    void startPrivateServer() {
        server = EmbeddedMariaDb.start(new File("target/outage-mariadb/" + UUID.randomUUID()).getAbsoluteFile());
        server.createSchema("outage");
        HikariConfig config = Binder.get(environment)
                .bind("spring.datasource.hikari", Bindable.ofInstance(new HikariConfig()))
                .orElseGet(HikariConfig::new);
        config.setJdbcUrl(server.jdbcUrl("outage"));
        config.setUsername("root");
        config.setPassword("");
        config.setPoolName("outage-test");
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
    }

    @AfterEach
    void stopPrivateServer() {
        if (pool != null) pool.close();
        if (server != null) server.close();
    }

    @Test
    void configuredTimeoutsAreShort() {
        assertThat(pool.getConnectionTimeout()).isBetween(1_000L, 10_000L);
        assertThat(pool.getValidationTimeout()).isLessThan(pool.getConnectionTimeout());
        assertThat(pool.getDataSourceProperties()).containsKey("connectTimeout");
    }

    @Test
    void requestsFailFastDuringAnOutageAndWorkAgainAfterIt() {
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        var health = new DataSourceHealthIndicator(pool, "SELECT 1");
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        server.stop();

        long failAfterMs = pool.getConnectionTimeout() + 5_000;
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> jdbc.queryForObject("SELECT 1", Integer.class))
                    .isInstanceOf(DataAccessException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis())
                    .as("a query while the database is down fails within the connection timeout")
                    .isLessThan(failAfterMs);
        }
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        server.restart();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Integer answer = null;
        while (answer == null && System.nanoTime() < deadline) {
            try {
                answer = jdbc.queryForObject("SELECT 1", Integer.class);
            } catch (DataAccessException stillDown) {
                sleep(250);
            }
        }
        assertThat(answer).as("the same pool works again once the database is back").isEqualTo(1);
        jdbc.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
        jdbc.update("INSERT INTO probe VALUES (1)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM probe", Integer.class)).isEqualTo(1);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
