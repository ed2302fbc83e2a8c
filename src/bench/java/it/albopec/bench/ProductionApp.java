package it.albopec.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The production jar started as an operator would start it — {@code java -jar} with the prod profile —
 * on a free port, against a fresh schema of its own on the local MariaDB server. {@link #close()} stops
 * the app and drops the schema.
 */
final class ProductionApp implements AutoCloseable {

    static final String SERVER = System.getProperty("bench.db.server", "jdbc:mariadb://127.0.0.1:3306/");
    static final String DB_USER = System.getProperty("bench.db.username", "root");
    static final String DB_PASSWORD = System.getProperty("bench.db.password", "");
    static final String OPERATOR = "operator";

    final String schema;
    final int port;
    final String operatorPassword;
    final Process process;
    final long startedNanos;
    final Path log;

    private ProductionApp(String schema, int port, String operatorPassword, Process process, long startedNanos, Path log) {
        this.schema = schema;
        this.operatorPassword = operatorPassword;
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** Creates the schema and starts the jar; returns at once (see {@link #awaitHealthy}). */
    static ProductionApp start(String label, List<String> jvmOptions) throws Exception {
        String schema = "albopec_bench_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(100_000);
        try (Connection c = DriverManager.getConnection(SERVER, DB_USER, DB_PASSWORD)) {
            c.createStatement().execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return start(label, jvmOptions, schema, true, List.of());
    }

    /**
     * Starts the jar on an existing schema (a second node of the same database); {@code ownsSchema} says whether
     * {@link #close()} drops it. {@code appArguments} are added to the command line (e.g. {@code --albopec.x=y}).
     */
    static ProductionApp start(String label, List<String> jvmOptions, String schema, boolean ownsSchema, List<String> appArguments)
            throws Exception {
        int port = freePort();
        Path log = Path.of("target", "bench", label + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().getPath(), "--spring.profiles.active=prod", "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(appArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DB_URL", SERVER + schema);
        builder.environment().put("DB_USERNAME", DB_USER);
        builder.environment().put("DB_PASSWORD", DB_PASSWORD);
        builder.environment().put("ALBOPEC_OPERATOR_USERNAME", OPERATOR);
        String password = "Bench-" + UUID.randomUUID();
        builder.environment().put("ALBOPEC_OPERATOR_PASSWORD", password);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            if (ownsSchema) {
                dropSchema(schema);
            }
            throw e;
        }
        ProductionApp app = new ProductionApp(schema, port, password, process, started, log);
        app.ownsSchema = ownsSchema;
        // Ctrl-C or a failure must not leave the app running or its schema behind.
        Runtime.getRuntime().addShutdownHook(app.cleanup);
        return app;
    }

    private final Thread cleanup = new Thread(this::stop);
    private boolean stopped;
    private boolean ownsSchema = true;

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Polls /actuator/health until it says UP; returns the time since the process was started. */
    Duration awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The app was not healthy within " + timeout + "; see " + log.toAbsolutePath());
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // already running as the hook
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (ownsSchema) {
            dropSchema(schema);
        }
    }

    private static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(SERVER, DB_USER, DB_PASSWORD)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException e) {
            System.err.println("[bench] could not drop " + schema + ": " + e.getMessage());
        }
    }

    static File jar() {
        String configured = System.getProperty("bench.jar");
        if (configured != null) {
            return new File(configured);
        }
        File[] jars = new File("target").listFiles((dir, name) -> name.startsWith("albo-pec-") && name.endsWith(".jar"));
        if (jars == null || jars.length != 1) {
            throw new IllegalStateException("Expected one production jar in target/ (./mvnw -Pproduction -DskipTests package)");
        }
        return jars[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
