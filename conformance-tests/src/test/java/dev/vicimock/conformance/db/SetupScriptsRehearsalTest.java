package dev.vicimock.conformance.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.RealTargetRehearsalTest;
import dev.vicimock.conformance.RealTargetRehearsalTest.SkipReasons;
import dev.vicimock.conformance.db.LocalMariaDb.ClientRun;
import dev.vicimock.conformance.target.SimulatorAdmin;
import dev.vicimock.conformance.target.SimulatorAdmin.State;
import dev.vicimock.conformance.target.TargetConfig;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Proves that setup.sql gives the roles the rights the features need, not merely rights: setup runs on a MariaDB
 * with the upstream tables, the rows it made (with the servers and system settings of that database) become the
 * whole state of a simulator, and the features run against it in {@code real} mode with nothing but the properties
 * file setup printed. No scenario may fail, and none may be skipped for a missing setting.
 */
class SetupScriptsRehearsalTest {

    /** The tables of the state format that a dialer names without the {@code vicidial_} prefix. */
    private static final Set<String> UNPREFIXED = Set.of("servers", "phones", "phones_alias", "groups_alias");

    @Test
    void theFeaturesPassWithOnlyWhatSetupMadeAndThePropertiesItPrinted(@TempDir Path dir) throws Exception {
        try (LocalMariaDb db = LocalMariaDb.start();
                VicidialMock server = VicidialMock.builder()
                        .port(0)
                        .profile(System.getProperty("vicidial.profile", "2.14-202"))
                        .build()
                        .start()) {
            SetupScripts.freshDialer(db, SetupScripts.DOCUMENTED_CHARSET);
            ClientRun setup = SetupScripts.setup(
                    db, SetupScripts.variables("qa", server.apiUrl()) + ", @second_server_ip='10.0.0.11'");
            assertEquals(0, setup.exitCode(), setup.err());
            Path properties = dir.resolve("vicidial.properties");
            Files.writeString(properties, setup.out());

            SimulatorAdmin admin = new SimulatorAdmin(server.baseUrl());
            admin.replaceState(stateOf(db));
            State before = admin.state();

            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            SkipReasons skips = new SkipReasons();
            Map<String, String> saved = onlyTheFile(properties);
            try {
                RealTargetRehearsalTest.launcher().execute(RealTargetRehearsalTest.features(""), summary, skips);
            } finally {
                restore(saved);
            }

            TestExecutionSummary result = summary.getSummary();
            System.out.printf(
                    "setup rehearsal: %d scenarios with the users of setup.sql, %d passed, %d failed, %d skipped"
                            + " (%d for a missing setting)%n",
                    result.getTestsStartedCount(),
                    result.getTestsSucceededCount(),
                    result.getTotalFailureCount(),
                    result.getTestsAbortedCount(),
                    skips.reasons.stream()
                            .filter(r -> r.startsWith("skipped: setting"))
                            .count());
            assertEquals(0, result.getTotalFailureCount(), () -> RealTargetRehearsalTest.failures(result));
            for (String reason : skips.reasons) {
                assertTrue(
                        reason.startsWith("skipped: simulator only, because")
                                || reason.startsWith("skipped: it locks an account")
                                // this run has no database to read (DatabaseRehearsalTest has one)
                                || reason.contains("set vicidial.db.url"),
                        "skipped for another reason than the tags or the missing database: " + reason);
            }
            assertTrue(result.getTestsSucceededCount() > 250, result.getTestsSucceededCount() + " passed");

            // what teardown.sql deletes is still there as setup made it, apart from the logins' bookkeeping
            State after = admin.state();
            for (String table : List.of("users", "user_groups", "conf_templates", "phones", "phones_alias")) {
                assertEquals(withoutLogins(before.table(table)), withoutLogins(after.table(table)), table + " changed");
            }
        }
    }

    /**
     * The database's rows as a {@code vicidial-state/1} document: each table of the format from its dialer table,
     * with the columns the format knows, and the system settings.
     */
    private static State stateOf(LocalMariaDb db) throws SQLException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "vicidial-state/1");
        try (Connection c = db.ownerConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT * FROM system_settings")) {
                r.next();
                Map<String, Object> settings = new LinkedHashMap<>();
                for (String key : Tables.SYSTEM_SETTINGS_DEFAULTS.keySet()) {
                    settings.put(key, Tables.NUMERIC_SETTINGS.contains(key) ? r.getLong(key) : r.getString(key));
                }
                json.put("system_settings", settings);
            }
            for (Schema schema : Tables.ALL) {
                String table = UNPREFIXED.contains(schema.table()) ? schema.table() : "vicidial_" + schema.table();
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            String column = m.getColumnName(i);
                            if (schema.hasColumn(column)) {
                                Object value = schema.isNumeric(column) ? r.getLong(i) : r.getString(i);
                                row.put(column, r.wasNull() ? null : value);
                            }
                        }
                        rows.add(row);
                    }
                }
                json.put(schema.table(), rows);
            }
        }
        return new State(json);
    }

    /**
     * Points the suite at the file alone: a real target, no other {@code vicidial.*} system property (an earlier
     * rehearsal in this JVM sets its own), so every setting comes from what setup printed.
     */
    private static Map<String, String> onlyTheFile(Path properties) {
        Map<String, String> saved = new HashMap<>();
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("vicidial.") && !key.equals("vicidial.invocation.dir")) {
                saved.put(key, System.getProperty(key));
                System.clearProperty(key);
            }
        }
        System.setProperty(TargetConfig.TARGET, "real");
        System.setProperty(TargetConfig.CONFIG_FILE, properties.toString());
        return saved;
    }

    private static void restore(Map<String, String> saved) {
        System.clearProperty(TargetConfig.TARGET);
        System.clearProperty(TargetConfig.CONFIG_FILE);
        saved.forEach(System::setProperty);
    }

    private static List<Map<String, Object>> withoutLogins(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.remove("last_login_date");
            copy.remove("failed_login_count");
            out.add(copy);
        }
        return out;
    }
}
