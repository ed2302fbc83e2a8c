package it.albopec.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import it.albopec.testsupport.AlboPecTest;
import it.albopec.testsupport.TestDatabase;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scheduled job runs on one node only: the app's lock provider (node A) and a second provider with a
 * connection pool of its own on the same database (node B) compete for the same lock name.
 */
@AlboPecTest
class JobLockTest {

    @Autowired
    LockProvider nodeA;

    @Test
    void ofTwoNodesOnlyOneGetsTheLock() {
        try (HikariDataSource secondPool = new HikariDataSource()) {
            secondPool.setJdbcUrl(TestDatabase.jdbcUrl());
            secondPool.setUsername("root");
            secondPool.setPassword("");
            secondPool.setMaximumPoolSize(2);
            LockProvider nodeB = JobLock.lockProvider(new JdbcTemplate(secondPool));
            String job = "test-job-" + UUID.randomUUID();

            Optional<SimpleLock> a = nodeA.lock(lock(job));
            Optional<SimpleLock> b = nodeB.lock(lock(job));

            assertThat(a).as("node A").isPresent();
            assertThat(b).as("node B while A holds the lock").isEmpty();

            a.get().unlock();
            Optional<SimpleLock> bAfter = nodeB.lock(lock(job));
            assertThat(bAfter).as("node B once A has finished").isPresent();
            assertThat(nodeA.lock(lock(job))).as("node A while B holds the lock").isEmpty();
            bAfter.get().unlock();
        }
    }

    @Test
    void differentJobsDoNotBlockEachOther() {
        Optional<SimpleLock> first = nodeA.lock(lock("test-job-" + UUID.randomUUID()));
        Optional<SimpleLock> second = nodeA.lock(lock("test-job-" + UUID.randomUUID()));
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        first.get().unlock();
        second.get().unlock();
    }

    private static LockConfiguration lock(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }
}
