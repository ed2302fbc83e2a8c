package it.albopec.base;

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
}
