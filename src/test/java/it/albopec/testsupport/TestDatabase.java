package it.albopec.testsupport;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import it.albopec.base.db.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test run a schema of its own on a real MariaDB: the server on 127.0.0.1:3306 (root, no
 * password) when one answers, otherwise the embedded engine, so that {@code ./mvnw verify} also passes on a
 * fresh laptop. The schema is dropped when the run ends, so runs never collide.
 */
public class TestDatabase implements LauncherSessionListener {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private static String schema;
    private static String jdbcUrl;
    private static EmbeddedMariaDb embedded;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (schema != null) {
            return;
        }
        schema = "albopec_test_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(100_000);
        try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=2000", "root", "")) {
            c.createStatement().execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            jdbcUrl = SERVER + schema;
            System.out.println("[TestDatabase] MariaDB server on 127.0.0.1:3306, schema " + schema);
        } catch (SQLException noServer) {
            System.out.println("[TestDatabase] no MariaDB on 127.0.0.1:3306 (" + noServer.getMessage() + "): starting the embedded engine");
            embedded = EmbeddedMariaDb.start(new File("target/embedded-mariadb").getAbsoluteFile());
            embedded.createSchema(schema);
            jdbcUrl = embedded.jdbcUrl(schema);
        }
        System.setProperty("spring.datasource.url", jdbcUrl);
        System.setProperty("spring.datasource.username", "root");
        System.setProperty("spring.datasource.password", "");
        System.setProperty("spring.profiles.active", "test");
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (schema == null) {
            return;
        }
        if (embedded != null) {
            embedded.close();
        } else {
            try (Connection c = DriverManager.getConnection(SERVER, "root", "")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS `" + schema + "`");
            } catch (SQLException e) {
                System.out.println("[TestDatabase] could not drop " + schema + ": " + e.getMessage());
            }
        }
        schema = null;
    }

    /** The JDBC URL of this run's schema, for tests that need a second connection or a second app instance. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }
}
