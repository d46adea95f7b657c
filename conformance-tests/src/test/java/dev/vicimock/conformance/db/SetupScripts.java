package dev.vicimock.conformance.db;

import dev.vicimock.conformance.db.LocalMariaDb.ClientRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scripts of {@code conformance-tests/setup/} applied to a {@link LocalMariaDb} the way their README tells a QA
 * engineer to: the {@code mariadb} client reads the script on its standard input, the variables come from
 * {@code --init-command}, and it logs in as the dialer's {@code cron} account, which has only the rights the install
 * guide grants it.
 */
final class SetupScripts {

    static final Path SETUP = Path.of("setup", "setup.sql").toAbsolutePath();
    static final Path TEARDOWN = Path.of("setup", "teardown.sql").toAbsolutePath();

    /** The account and rights of VICIdial's install guide (docs/SCRATCH_INSTALL.txt). */
    static final String ACCOUNT = "cron";

    static final String ACCOUNT_PASSWORD = "1234";

    /** How the install guide creates the database for other than Latin text; MariaDB's own default is latin1. */
    static final String DOCUMENTED_CHARSET = "CHARACTER SET utf8 COLLATE utf8_unicode_ci";

    private SetupScripts() {}

    /**
     * A fresh {@code asterisk} database in this character set with the upstream tables and what any dialer has: two
     * servers and the system settings row; the {@code cron} account may use it.
     */
    static void freshDialer(LocalMariaDb db, String charset) {
        db.execute("DROP DATABASE IF EXISTS " + LocalMariaDb.DATABASE + "; CREATE DATABASE " + LocalMariaDb.DATABASE
                + " " + charset + "; USE " + LocalMariaDb.DATABASE + ";");
        db.execute(LocalMariaDb.upstreamTables());
        db.execute("INSERT INTO servers (server_id, server_description, server_ip, active, rebuild_conf_files) VALUES"
                + " ('srv1', 'first', '10.0.0.10', 'Y', 'N'), ('srv2', 'second', '10.0.0.11', 'Y', 'N');"
                + " INSERT INTO system_settings (version, db_schema_version) VALUES ('2.14b0.5', 1728);"
                + " CREATE USER IF NOT EXISTS '" + ACCOUNT + "'@'127.0.0.1' IDENTIFIED BY '" + ACCOUNT_PASSWORD + "';"
                + " GRANT SELECT, INSERT, UPDATE, DELETE, LOCK TABLES ON " + LocalMariaDb.DATABASE + ".* TO '"
                + ACCOUNT + "'@'127.0.0.1';");
    }

    /** setup.sql with these variable assignments, e.g. {@code @prefix='qa', @url='...'}. */
    static ClientRun setup(LocalMariaDb db, String variables, String... options) {
        return script(db, SETUP, variables, options);
    }

    /** teardown.sql for this prefix. */
    static ClientRun teardown(LocalMariaDb db, String prefix) {
        return script(db, TEARDOWN, "@prefix='" + prefix + "'");
    }

    /** The other form the README gives: the variables and a SOURCE of the script in one {@code -e}. */
    static ClientRun throughSource(LocalMariaDb db, Path script, String variables) {
        return db.run(
                ACCOUNT,
                ACCOUNT_PASSWORD,
                "",
                "-N",
                "-B",
                "-e",
                (variables.isEmpty() ? "" : "SET " + variables + "; ") + "SOURCE " + script + ";");
    }

    private static ClientRun script(LocalMariaDb db, Path script, String variables, String... options) {
        List<String> all = new ArrayList<>(List.of("-N", "-B"));
        if (!variables.isEmpty()) {
            all.add("--init-command=SET " + variables);
        }
        all.addAll(List.of(options));
        return db.run(ACCOUNT, ACCOUNT_PASSWORD, read(script), all.toArray(String[]::new));
    }

    /** The variables for a setup of this prefix on the fresh dialer's first server, at this URL. */
    static String variables(String prefix, String url) {
        return "@prefix='" + prefix + "', @url='" + url + "', @server_ip='10.0.0.10'";
    }

    /** Every row of every table, each as its column values in order, sorted: equal dumps mean equal tables. */
    static Map<String, List<String>> dump(LocalMariaDb db) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.ownerConnection();
                Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SHOW TABLES")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.append(m.getColumnName(i))
                                    .append('=')
                                    .append(r.getString(i))
                                    .append('\t');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
