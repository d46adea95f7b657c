package dev.vicimock.conformance.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.db.LocalMariaDb.ClientRun;
import dev.vicimock.conformance.target.Credentials;
import dev.vicimock.conformance.target.Role;
import dev.vicimock.conformance.target.TargetConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code conformance-tests/setup/setup.sql} and {@code teardown.sql} on a private MariaDB with the upstream
 * definitions of the columns they touch, applied with the {@code mariadb} client as the dialer's {@code cron}
 * account: the properties file they print is one the suite reads, the rows have the rights the guide lists, and
 * nothing else of the database is ever changed.
 */
class SetupScriptsTest {

    private static final String URL = "https://dialer.example.com/vicidial/non_agent_api.php";

    /** Rows of others: names near the prefix's, an admin, a phone, a log entry, agent rows. */
    private static final String OTHER_ROWS = String.join(
            " ",
            "INSERT INTO vicidial_users (user, pass, full_name, user_level, user_group) VALUES",
            "('6666', '1234', 'Admin', 9, 'ADMIN'), ('qaadminx', 'pw', 'conformance qa admin', 9, 'ADMIN'),",
            "('qbadmin2', 'pw', 'Someone', 1, 'QBAGENTS');",
            "INSERT INTO vicidial_user_groups (user_group, group_name, admin_viewable_groups) VALUES",
            "('ADMIN', 'VICIDIAL ADMINISTRATORS', ' ---ALL--- '), ('QAADMINSX', 'conformance qa x', NULL);",
            "INSERT INTO vicidial_conf_templates (template_id, template_name, template_contents) VALUES",
            "('SIP_generic', 'SIP phone generic', 'type=friend'), ('qatmpl2', 'conformance qa template', '');",
            "INSERT INTO phones (extension, server_ip, login, template_id, user_group) VALUES",
            "('cc100', '10.0.0.10', 'cc100', 'qatmpl', 'QAHIDDEN');",
            "INSERT INTO vicidial_campaign_agents (user, campaign_id) VALUES ('6666', 'CAMPA');",
            "INSERT INTO vicidial_admin_log (event_date, user, ip_address, event_section, record_id, event_code)",
            "VALUES ('2024-01-01 00:00:00', '6666', '10.0.0.1', 'USERS', 'qaadmin', 'ADMIN API ADD USER');");

    private static LocalMariaDb db;

    @BeforeAll
    static void startDatabase() {
        db = LocalMariaDb.start();
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void freshDialer() {
        SetupScripts.freshDialer(db, SetupScripts.DOCUMENTED_CHARSET);
        db.execute(OTHER_ROWS);
    }

    @Test
    void setupPrintsAPropertiesFileTheSuiteReadsWithEveryRoleAndSetting(@TempDir Path dir) throws Exception {
        ClientRun run = SetupScripts.setup(
                db,
                SetupScripts.variables("qa", URL) + ", @second_server_ip='10.0.0.11', @unknown_server_ip='10.9.9.9'");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());

        Properties file = new Properties();
        file.load(new StringReader(run.out()));
        assertEquals("real", file.getProperty(TargetConfig.TARGET), "the runnable suite wants the target in the file");
        TargetConfig config = readAsTheSuiteDoes(run.out(), dir);
        assertEquals(URL, config.require(TargetConfig.URL, "test"));
        assertEquals("10.0.0.10", config.require(TargetConfig.SERVER_IP, "test"));
        assertEquals("10.0.0.11", config.require(TargetConfig.SECOND_SERVER_IP, "test"));
        assertEquals("10.9.9.9", config.require(TargetConfig.UNKNOWN_SERVER_IP, "test"));
        assertFalse(config.disruptive(), "the lockout scenario stays off unless the engineer turns it on");
        Set<String> passwords = new HashSet<>();
        for (Role role : Role.values()) {
            Credentials c = config.credentials(role);
            assertEquals(c.pass(), one("SELECT pass FROM vicidial_users WHERE user = ?", c.user()), role.key());
            assertTrue(c.pass().matches("[0-9a-f]{20}"), role.key() + " has a password of 20 hexadecimal digits");
            passwords.add(c.pass());
        }
        assertEquals(Role.values().length, passwords.size(), "every role has its own password");
        String hidden = config.require(TargetConfig.HIDDEN_USER_GROUP, "test");
        assertEquals(
                hidden,
                one("SELECT user_group FROM vicidial_user_groups WHERE user_group = ?", hidden),
                "hidden group");
        String template = config.require(TargetConfig.TEMPLATE_ID, "test");
        assertEquals(
                template,
                one("SELECT template_id FROM vicidial_conf_templates WHERE template_id = ?", template),
                "template");
        String agents = config.require(TargetConfig.AGENT_USER_GROUP, "test");
        String templateUser = config.require(TargetConfig.TEMPLATE_USER, "test");
        assertEquals(
                "1 " + agents,
                one("SELECT CONCAT(user_level, ' ', user_group) FROM vicidial_users WHERE user = ?", templateUser),
                "the template user is a level-1 agent in the agent group");
    }

    @Test
    void setupWithoutTheOptionalSettingsLeavesThemOutOfTheFile(@TempDir Path dir) throws Exception {
        ClientRun run = SetupScripts.setup(db, SetupScripts.variables("qa", URL));
        assertEquals(0, run.exitCode(), run.err());
        TargetConfig config = readAsTheSuiteDoes(run.out(), dir);
        assertTrue(config.get(TargetConfig.SECOND_SERVER_IP).isEmpty(), run.out());
        assertEquals("10.255.255.254", config.require(TargetConfig.UNKNOWN_SERVER_IP, "test"));
    }

    @Test
    void theRowsHaveExactlyTheRightsTheGuideLists() throws Exception {
        int users = Integer.parseInt(one("SELECT COUNT(*) FROM vicidial_users WHERE user <> ?", ""));
        int groups = Integer.parseInt(one("SELECT COUNT(*) FROM vicidial_user_groups WHERE user_group <> ?", ""));
        assertEquals(
                0, SetupScripts.setup(db, SetupScripts.variables("qa", URL)).exitCode());
        String guide = Files.readString(Path.of("..", "docs", "conformance-suite.md"));

        List<Map<String, String>> roles = table(guide, "| role | user | user_level |");
        assertEquals(Role.values().length + 1, roles.size(), "every role and the template user");
        for (Map<String, String> role : roles) {
            String user = named(role.get("user"), "qa");
            Map<String, String> row = userRow(user);
            assertEquals("conformance qa " + role.get("role"), row.get("full_name"), user);
            assertEquals("Y", row.get("active"), user);
            for (Map.Entry<String, String> right : role.entrySet()) {
                if (right.getKey().equals("role") || right.getKey().equals("user")) {
                    continue;
                }
                String expected = right.getKey().equals("api_allowed_functions")
                        ? " " + right.getValue() + " "
                        : named(right.getValue(), "qa");
                assertEquals(expected, row.get(right.getKey()), user + " " + right.getKey());
            }
        }
        assertEquals(
                String.valueOf(users + roles.size()),
                one("SELECT COUNT(*) FROM vicidial_users WHERE user <> ?", ""),
                "no other user");

        List<Map<String, String>> guideGroups = table(guide, "| user group | admin_viewable_groups |");
        assertEquals(4, guideGroups.size());
        for (Map<String, String> group : guideGroups) {
            String name = named(group.get("user group"), "qa");
            String viewable = group.get("admin_viewable_groups").equals("(none)")
                    ? null
                    : named(group.get("admin_viewable_groups"), "qa");
            assertEquals(
                    viewable,
                    one("SELECT admin_viewable_groups FROM vicidial_user_groups WHERE user_group = ?", name),
                    name);
        }
        assertEquals(
                String.valueOf(groups + guideGroups.size()),
                one("SELECT COUNT(*) FROM vicidial_user_groups WHERE user_group <> ?", ""),
                "no other group");
        assertEquals(
                "---ALL---", one("SELECT user_group FROM vicidial_conf_templates WHERE template_id = ?", "qatmpl"));
    }

    @Test
    void aSecondSetupWithTheSamePrefixIsRefusedAndWritesNothing() {
        assertEquals(
                0, SetupScripts.setup(db, SetupScripts.variables("qa", URL)).exitCode());
        Map<String, List<String>> before = SetupScripts.dump(db);

        ClientRun again = SetupScripts.setup(db, SetupScripts.variables("qa", URL));
        assertEquals(1, again.exitCode());
        assertEquals("", again.out(), "no properties file");
        assertTrue(again.err().contains("setup.sql refused: these names exist already: qaadmin"), again.err());
        assertEquals(before, SetupScripts.dump(db));

        // SOURCE goes on after the refusal and exits with 0: the script must still write and print nothing
        ClientRun sourced = SetupScripts.throughSource(db, SetupScripts.SETUP, SetupScripts.variables("qa", URL));
        assertEquals(0, sourced.exitCode(), sourced.err());
        assertEquals("", sourced.out());
        assertTrue(sourced.err().contains("setup.sql refused"), sourced.err());
        assertEquals(before, SetupScripts.dump(db));
    }

    @Test
    void aNameOfSomeoneElseRefusesTheSetupEvenInOtherCaseAndTheTeardownLeavesIt() {
        db.execute("INSERT INTO vicidial_users (user, pass, full_name) VALUES ('QATEMPLATE', 'x', 'Their agent')");
        Map<String, List<String>> before = SetupScripts.dump(db);

        ClientRun refused = SetupScripts.setup(db, SetupScripts.variables("qa", URL));
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("these names exist already: QATEMPLATE"), refused.err());
        ClientRun teardown = SetupScripts.teardown(db, "qa");
        assertEquals(0, teardown.exitCode(), teardown.err());
        assertTrue(teardown.out().contains("deleted 0 users, 0 user groups, 0 conf templates"), teardown.out());
        assertEquals(before, SetupScripts.dump(db));
    }

    @Test
    void setupsWithAnotherPrefixCoexistAndEachTeardownTakesOnlyItsOwn(@TempDir Path dir) throws Exception {
        Map<String, List<String>> before = SetupScripts.dump(db);
        ClientRun qa = SetupScripts.setup(db, SetupScripts.variables("qa", URL));
        Map<String, List<String>> withQa = SetupScripts.dump(db);
        ClientRun qb = SetupScripts.setup(db, SetupScripts.variables("qb", URL));
        assertEquals(0, qa.exitCode(), qa.err());
        assertEquals(0, qb.exitCode(), qb.err());
        TargetConfig a = readAsTheSuiteDoes(qa.out(), dir.resolve("a"));
        TargetConfig b = readAsTheSuiteDoes(qb.out(), dir.resolve("b"));
        for (Role role : Role.values()) {
            assertNotEquals(a.credentials(role).user(), b.credentials(role).user(), role.key());
            assertNotEquals(a.credentials(role).pass(), b.credentials(role).pass(), "passwords differ per run");
        }

        ClientRun teardownB = SetupScripts.teardown(db, "qb");
        assertEquals(
                "# prefix qb: deleted 11 users, 4 user groups, 1 conf templates\n"
                        + "# users in its groups that setup.sql did not make, left in place: qbadmin2 (QBAGENTS)\n",
                teardownB.out());
        assertEquals(withQa, SetupScripts.dump(db), "qa's rows are as they were");
        SetupScripts.teardown(db, "qa");
        assertEquals(before, SetupScripts.dump(db));
    }

    @Test
    void teardownRestoresEveryTableAndASecondTeardownChangesNothing() {
        Map<String, List<String>> before = SetupScripts.dump(db);
        assertEquals(
                0, SetupScripts.setup(db, SetupScripts.variables("qa", URL)).exitCode());
        assertNotEquals(before, SetupScripts.dump(db));

        ClientRun first = SetupScripts.teardown(db, "qa");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("# prefix qa: deleted 11 users, 4 user groups, 1 conf templates\n", first.out());
        assertEquals(before, SetupScripts.dump(db));

        ClientRun second = SetupScripts.throughSource(db, SetupScripts.TEARDOWN, "@prefix='qa'");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals("# prefix qa: deleted 0 users, 0 user groups, 0 conf templates\n", second.out());
        assertEquals(before, SetupScripts.dump(db));
    }

    @Test
    void teardownNamesButKeepsTheUsersAnInterruptedRunLeftInItsGroups() {
        // as a suite run stopped before its clean-up would leave one, had it run after the setup
        db.execute("INSERT INTO vicidial_users (user, pass, full_name, user_group) VALUES"
                + " ('cfab12cu', 'pw', 'Conformance agent', 'QAAGENTS')");
        Map<String, List<String>> before = SetupScripts.dump(db);
        assertEquals(
                0, SetupScripts.setup(db, SetupScripts.variables("qa", URL)).exitCode());

        ClientRun teardown = SetupScripts.teardown(db, "qa");
        assertEquals(
                "# prefix qa: deleted 11 users, 4 user groups, 1 conf templates\n"
                        + "# users in its groups that setup.sql did not make, left in place: cfab12cu (QAAGENTS)\n",
                teardown.out());
        assertEquals(before, SetupScripts.dump(db));
    }

    @Test
    void aSetupThatFailsHalfwayPrintsNoPropertiesAndTheTeardownRemovesWhatItWrote() {
        // an older schema without view_reports: the users cannot be inserted, the groups and template were
        db.execute("ALTER TABLE vicidial_users DROP COLUMN view_reports");
        Map<String, List<String>> before = SetupScripts.dump(db);

        ClientRun sourced = SetupScripts.throughSource(db, SetupScripts.SETUP, SetupScripts.variables("qa", URL));
        assertTrue(sourced.err().contains("Unknown column 'view_reports'"), sourced.err());
        assertEquals("", sourced.out(), "nothing that looks like a properties file");
        assertNotEquals(before, SetupScripts.dump(db), "the groups and the template were written");

        assertEquals(0, SetupScripts.teardown(db, "qa").exitCode());
        assertEquals(before, SetupScripts.dump(db));
    }

    static Stream<Arguments> refusals() {
        String ok = SetupScripts.variables("qa", URL);
        return Stream.of(
                Arguments.of("", "", "set @prefix"),
                Arguments.of("", "@prefix='q', @url='" + URL + "', @server_ip='10.0.0.10'", "set @prefix"),
                Arguments.of("", "@prefix='1qa', @url='" + URL + "', @server_ip='10.0.0.10'", "set @prefix"),
                Arguments.of("", "@prefix='qa_b', @url='" + URL + "', @server_ip='10.0.0.10'", "set @prefix"),
                Arguments.of("", "@prefix='qabcdefghij', @url='" + URL + "', @server_ip='10.0.0.10'", "set @prefix"),
                Arguments.of("", "@prefix='qa', @server_ip='10.0.0.10'", "set @url"),
                Arguments.of("", "@prefix='qa', @url='dialer', @server_ip='10.0.0.10'", "set @url"),
                Arguments.of("", "@prefix='qa', @url='" + URL + "'", "@server_ip (not set) is not a server_ip"),
                Arguments.of(
                        "",
                        "@prefix='qa', @url='" + URL + "', @server_ip='10.0.0.12'",
                        "@server_ip 10.0.0.12 is not a server_ip"),
                Arguments.of("", ok + ", @second_server_ip='10.0.0.10'", "@second_server_ip 10.0.0.10 is not another"),
                Arguments.of("", ok + ", @second_server_ip='10.0.0.12'", "@second_server_ip 10.0.0.12 is not another"),
                Arguments.of("", ok + ", @unknown_server_ip='10.0.0.11'", "@unknown_server_ip 10.0.0.11 is a server"),
                Arguments.of("UPDATE system_settings SET pass_hash_enabled = '1'", ok, "pass_hash_enabled is 1"));
    }

    @ParameterizedTest(name = "{1} ({0}): {2}")
    @MethodSource("refusals")
    void refusesWrongSettingsWithoutWritingAnything(String dialer, String variables, String reason) {
        if (!dialer.isEmpty()) {
            db.execute(dialer);
        }
        Map<String, List<String>> before = SetupScripts.dump(db);
        ClientRun run = SetupScripts.setup(db, variables);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("", run.out());
        assertTrue(run.err().contains("setup.sql refused: " + reason), run.err());
        assertEquals(before, SetupScripts.dump(db));
    }

    @Test
    void teardownWithoutAPrefixIsRefused() {
        Map<String, List<String>> before = SetupScripts.dump(db);
        ClientRun run = SetupScripts.throughSource(db, SetupScripts.TEARDOWN, "");
        assertTrue(run.err().contains("teardown.sql refused: set @prefix"), run.err());
        assertEquals("", run.out());
        assertEquals(before, SetupScripts.dump(db));
    }

    /** Dialer databases are latin1 (MariaDB's default) or utf8 (the install guide), and clients differ too. */
    static Stream<Arguments> characterSets() {
        return Stream.of(
                        "CHARACTER SET latin1",
                        SetupScripts.DOCUMENTED_CHARSET,
                        "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
                .flatMap(database -> Stream.of("utf8mb4", "latin1").map(client -> Arguments.of(database, client)));
    }

    @ParameterizedTest(name = "database {0}, client {1}")
    @MethodSource("characterSets")
    void setupAndTeardownWorkInTheCharacterSetsOfDialers(String database, String client, @TempDir Path dir)
            throws Exception {
        SetupScripts.freshDialer(db, database);
        db.execute(OTHER_ROWS);
        Map<String, List<String>> before = SetupScripts.dump(db);
        ClientRun setup =
                SetupScripts.setup(db, SetupScripts.variables("qa", URL), "--default-character-set=" + client);
        assertEquals(0, setup.exitCode(), setup.err());
        readAsTheSuiteDoes(setup.out(), dir).credentials(Role.USER_ADMIN);
        assertEquals(
                "QAADMINSX conformance qa x",
                one(
                        "SELECT CONCAT(user_group, ' ', group_name) FROM vicidial_user_groups WHERE user_group = ?",
                        "QAADMINSX"),
                "a near name is not taken for its own");

        ClientRun teardown = SetupScripts.teardown(db, "qa");
        assertEquals(0, teardown.exitCode(), teardown.err());
        assertEquals(before, SetupScripts.dump(db));
    }

    /** Writes the output where the README puts it and loads it with the suite's own settings reader. */
    static TargetConfig readAsTheSuiteDoes(String output, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("vicidial.properties");
        Files.writeString(file, output);
        new Properties().load(new StringReader(output)); // a malformed escape would throw here
        Map<String, String> saved = new LinkedHashMap<>();
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("vicidial.") && !key.equals("vicidial.invocation.dir")) {
                saved.put(key, System.getProperty(key));
                System.clearProperty(key);
            }
        }
        System.setProperty(TargetConfig.TARGET, "real");
        System.setProperty(TargetConfig.CONFIG_FILE, file.toString());
        try {
            return TargetConfig.load();
        } finally {
            System.clearProperty(TargetConfig.TARGET);
            System.clearProperty(TargetConfig.CONFIG_FILE);
            saved.forEach(System::setProperty);
        }
    }

    /**
     * The rows of the markdown table whose heading line starts with {@code heading}, by column: backticks and bold
     * marks removed, the text inside backticks kept as it is (spaces included).
     */
    private static List<Map<String, String>> table(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int at = 0;
        while (!lines.get(at).startsWith(heading)) {
            at++;
        }
        List<String> columns = cells(lines.get(at));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
            String cell = parts[i].strip().replace("**", "");
            if (cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")) {
                cell = cell.substring(1, cell.length() - 1);
            }
            cells.add(cell);
        }
        return cells;
    }

    private static String named(String text, String prefix) {
        return text.replace("<prefix>", prefix).replace("<PREFIX>", prefix.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> userRow(String user) throws SQLException {
        try (Connection c = db.ownerConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM vicidial_users WHERE user = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no user " + user);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnName(i), r.getString(i));
                }
                return row;
            }
        }
    }

    private static String one(String sql, String parameter) throws SQLException {
        try (Connection c = db.ownerConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "(no row)";
            }
        }
    }
}
