package dev.vicimock.conformance.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * A private MariaDB server for tests: Debian's {@code mariadbd} started on a free loopback port with its data in a
 * fresh directory under {@code target/}, holding the database {@value #DATABASE} and an account {@value #OWNER} (password
 * {@value #OWNER_PASSWORD}) with every right on it. Nothing of the machine's own MariaDB, if any, is used or touched.
 *
 * <p>Without {@code mariadbd} a test that starts one is skipped, saying how to install it; with the environment
 * variable {@code VICIDIAL_REQUIRE_MARIADB=1} (set by {@code .ci/run}) it fails instead, so CI never passes by skipping.
 */
public final class LocalMariaDb implements AutoCloseable {

    public static final String DATABASE = "asterisk";
    public static final String OWNER = "owner";
    public static final String OWNER_PASSWORD = "owner-pass";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final int port;
    private final Process server;

    private LocalMariaDb(Path dir, int port, Process server) {
        this.dir = dir;
        this.port = port;
        this.server = server;
    }

    /** Starts a server, or skips the calling test (fails it under {@code VICIDIAL_REQUIRE_MARIADB=1}) without one. */
    public static LocalMariaDb start() {
        Path mariadbd = find("mariadbd", "/usr/sbin/mariadbd")
                .orElseThrow(() -> missing("mariadbd (Debian package mariadb-server-core) is not installed"));
        Path installDb = find("mariadb-install-db", "/usr/bin/mariadb-install-db")
                .orElseThrow(() -> missing("mariadb-install-db (Debian package mariadb-server-core) is not installed"));
        try {
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "mariadb-");
            Path data = dir.resolve("data");
            String osUser = System.getProperty("user.name");
            run(
                    dir.resolve("install.log"),
                    installDb.toString(),
                    "--no-defaults",
                    "--datadir=" + data,
                    "--user=" + osUser,
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db");
            Path init = dir.resolve("init.sql");
            Files.writeString(
                    init,
                    String.join(
                            "\n",
                            "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4;",
                            "CREATE USER IF NOT EXISTS '" + OWNER + "'@'127.0.0.1' IDENTIFIED BY '" + OWNER_PASSWORD
                                    + "';",
                            "GRANT ALL ON *.* TO '" + OWNER + "'@'127.0.0.1' WITH GRANT OPTION;",
                            ""));
            int port = freePort();
            Process server = new ProcessBuilder(
                            mariadbd.toString(),
                            "--no-defaults",
                            "--datadir=" + data,
                            "--port=" + port,
                            "--bind-address=127.0.0.1",
                            "--socket=" + dir.resolve("mysqld.sock"),
                            "--pid-file=" + dir.resolve("mysqld.pid"),
                            "--user=" + osUser,
                            "--init-file=" + init,
                            "--skip-log-bin",
                            "--innodb-buffer-pool-size=32M",
                            "--skip-name-resolve")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile())
                    .start();
            LocalMariaDb db = new LocalMariaDb(dir, port, server);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
            db.awaitReady();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statements that create the VICIdial tables the suite reads and its setup writes, with the upstream column
     * definitions ({@code src/test/resources/mariadb/vicidial-tables.sql}).
     */
    public static String upstreamTables() {
        try (var in = LocalMariaDb.class.getResourceAsStream("/mariadb/vicidial-tables.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jdbc:mariadb://127.0.0.1:PORT/asterisk}. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** A connection as the owner account, for arranging tables; the caller closes it. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?allowMultiQueries=true", OWNER, OWNER_PASSWORD);
    }

    /** Runs SQL statements as the owner (several separated by {@code ;} in one string are allowed). */
    public void execute(String sql) {
        try (Connection c = ownerConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused: " + e.getMessage(), e);
        }
    }

    /**
     * Creates an account that may only read {@value #DATABASE}, as the suite's database reader is meant to be given;
     * its JDBC URL is {@link #jdbcUrl()}.
     */
    public void readOnlyAccount(String user, String password) {
        execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'; GRANT SELECT ON " + DATABASE
                + ".* TO '" + user + "'@'127.0.0.1'");
    }

    /**
     * Runs Debian's {@code mariadb} command-line client as the owner on {@value #DATABASE} with this input, the way
     * a QA engineer applies a script, and returns what it printed; a non-zero exit throws with its output.
     */
    public String client(String input, String... options) {
        ClientRun run = run(OWNER, OWNER_PASSWORD, input, options);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("mariadb client failed: " + run.out() + run.err());
        }
        return run.out();
    }

    /** What one run of the client printed on its standard output and error, and its exit status. */
    public record ClientRun(int exitCode, String out, String err) {}

    /**
     * Runs the {@code mariadb} client on {@value #DATABASE} as this account with this input, as {@link #client} does,
     * but keeps its standard output apart from its error output and returns whatever its exit status: a script's
     * output is a file the caller redirects, its complaints are not.
     */
    public ClientRun run(String account, String password, String input, String... options) {
        List<String> command = clientCommand(account, password, options);
        try {
            Path err = Files.createTempFile(dir, "client-", ".err");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("mariadb client did not finish: " + out);
            }
            return new ClientRun(p.exitValue(), out, Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> clientCommand(String account, String password, String... options) {
        Path client = find("mariadb", "/usr/bin/mariadb")
                .orElseThrow(() -> missing("the mariadb client (Debian package mariadb-client-core) is not installed"));
        List<String> command = new ArrayList<>(List.of(
                client.toString(), "--no-defaults", "-h127.0.0.1", "-P" + port, "-u" + account, "-p" + password));
        command.addAll(List.of(options));
        command.add(DATABASE);
        return command;
    }

    /** How many connections this account holds open now (the server's process list). */
    public int connectionsOf(String account) throws SQLException {
        try (Connection c = ownerConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = ?")) {
            s.setString(1, account);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void stop() {
        if (server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd stopped at start: " + log());
            }
            try (Connection c = ownerConnection()) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new IllegalStateException(
                "mariadbd did not accept the owner within " + START_TIMEOUT + ": " + last + "\n" + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private static RuntimeException missing(String what) {
        String message = what + "; install it to run the database tests (.ci/run does)";
        if ("1".equals(System.getenv("VICIDIAL_REQUIRE_MARIADB"))) {
            return new IllegalStateException(message + " (VICIDIAL_REQUIRE_MARIADB=1)");
        }
        return new TestAbortedException(message);
    }

    private static Optional<Path> find(String name, String usual) {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, name));
        return Stream.concat(onPath, Stream.of(Path.of(usual)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void run(Path log, String... command) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
