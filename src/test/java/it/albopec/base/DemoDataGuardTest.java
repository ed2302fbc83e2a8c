package it.albopec.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import it.albopec.AlboPecApplication;
import it.albopec.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The default (local) profile pointed at a real database must not create the demo accounts 'operator', 'admin.po' …
 * with the password 'demo' there: the start is refused with the reason, and the database is left untouched.
 */
class DemoDataGuardTest {

    String server;
    String schema;

    @BeforeEach
    void emptyDatabase() throws Exception {
        String url = TestDatabase.jdbcUrl();
        server = url.substring(0, url.lastIndexOf('/') + 1);
        schema = url.substring(url.lastIndexOf('/') + 1) + "_real";
        try (Connection c = DriverManager.getConnection(server, "root", "")) {
            c.createStatement().execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @AfterEach
    void dropIt() throws Exception {
        try (Connection c = DriverManager.getConnection(server, "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    @Test
    void theLocalProfileOnAnExternalDatabaseRefusesToStartAndCreatesNoDemoUser() throws Exception {
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        try {
            assertThatThrownBy(() -> {
                try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlboPecApplication.class)
                        .web(WebApplicationType.SERVLET)
                        .run("--spring.profiles.active=local",
                                "--spring.datasource.url=" + server + schema,
                                "--spring.datasource.username=root",
                                "--spring.datasource.password=",
                                "--albopec.embedded-db.dir=target/guard-mariadb",
                                "--server.port=0",
                                "--server.address=127.0.0.1",
                                "--spring.main.banner-mode=off")) {
                    app.getBean(AlboPecApplication.class);
                }
            }).hasStackTraceContaining("Refusing to start").hasStackTraceContaining("--spring.profiles.active=prod");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(suites);
        }
        try (Connection c = DriverManager.getConnection(server + schema, "root", "");
             ResultSet tables = c.createStatement().executeQuery("SHOW TABLES")) {
            assertThat(tables.next()).as("no table (and so no demo user) was created").isFalse();
        }
    }

    @Test
    void theEmbeddedEngineGetsTheDemoData() {
        var beans = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
        beans.registerBeanDefinition("embeddedMariaDb",
                new org.springframework.beans.factory.support.RootBeanDefinition(it.albopec.base.db.EmbeddedMariaDb.class));
        var guard = new DemoDataGuard();
        guard.setEnvironment(new org.springframework.mock.env.MockEnvironment());
        guard.postProcessBeanFactory(beans); // no exception

        assertThatThrownBy(() -> guard.postProcessBeanFactory(new org.springframework.beans.factory.support.DefaultListableBeanFactory()))
                .hasMessageContaining("Refusing to start");
    }
}
