package it.albopec.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The benchmarks' schemas on the MariaDB server ({@code -Dbench.db.server=}, default 127.0.0.1:3306): each
 * benchmark creates one of its own ({@code albopec_bench_<pid>_<n>}) and drops it when it ends, also on Ctrl-C
 * ({@code -Dbench.keepSchema=true} keeps it, to look at its queries with EXPLAIN).
 */
final class BenchDatabase implements AutoCloseable {

    static final String SERVER = System.getProperty("bench.db.server", "jdbc:mariadb://127.0.0.1:3306/");
    static final String USER = System.getProperty("bench.db.username", "root");
    static final String PASSWORD = System.getProperty("bench.db.password", "");

    final String schema;
    private final Thread cleanup = new Thread(this::drop);
    private boolean dropped;

    private BenchDatabase(String schema) {
        this.schema = schema;
    }

    /** Creates a new empty schema, dropped by {@link #close()} or when the JVM ends. */
    static BenchDatabase create() throws SQLException {
        String schema = "albopec_bench_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(100_000);
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            c.createStatement().execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        var database = new BenchDatabase(schema);
        Runtime.getRuntime().addShutdownHook(database.cleanup);
        return database;
    }

    String jdbcUrl() {
        return SERVER + schema;
    }

    /**
     * A connection of the benchmark's own that may send {@code LOAD DATA LOCAL INFILE}: {@code allowLocalInfile}
     * is set here and nowhere in the application.
     */
    Connection bulkConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?allowLocalInfile=true", USER, PASSWORD);
    }

    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // already running as the hook
        }
    }

    private synchronized void drop() {
        if (dropped) {
            return;
        }
        dropped = true;
        if (Boolean.getBoolean("bench.keepSchema")) {
            System.err.println("[bench] schema " + schema + " kept (-Dbench.keepSchema=true): drop it by hand");
            return;
        }
        drop(schema);
    }

    static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException e) {
            System.err.println("[bench] could not drop " + schema + ": " + e.getMessage());
        }
    }
}
