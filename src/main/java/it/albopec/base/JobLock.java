package it.albopec.base;

import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across all app nodes: a job annotated with {@code @SchedulerLock(name = ...)} takes
 * a row of the {@code shedlock} table (migration V1) before it runs, and a node that finds the row taken
 * skips that run. Times come from the database, so the nodes' clocks need not agree. A job that dies
 * keeps its lock for at most 30 minutes unless it names a shorter {@code lockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class JobLock {

    /** The table of migration V1. */
    public static final String TABLE = "shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProvider(new JdbcTemplate(dataSource));
    }

    /** The lock provider every node uses; public so that a test can build a second "node" on the same database. */
    public static LockProvider lockProvider(JdbcTemplate jdbcTemplate) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbcTemplate)
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }

    /**
     * Runs {@code work} while holding the database's named lock {@code name} (MariaDB {@code GET_LOCK}, waiting up to
     * ten minutes): a manual run next to the scheduled one, which ShedLock does not stop, takes its turn instead of
     * moving the same rows at the same time. Call it inside the job's transaction, so both use one connection.
     */
    public static <T> T inTurn(JdbcTemplate jdbc, String name, Supplier<T> work) {
        jdbc.queryForObject("SELECT GET_LOCK(?, 600)", Integer.class, name);
        try {
            return work.get();
        } finally {
            jdbc.queryForObject("SELECT RELEASE_LOCK(?)", Integer.class, name);
        }
    }
}
