package dev.vicimock.conformance.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.conformance.target.StateKeys;
import dev.vicimock.conformance.target.StoredState;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Tables;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database reader against a private MariaDB holding the upstream VICIdial tables. */
class TableReaderTest {

    private static final StateKeys KEYS = new StateKeys(
            List.of(new StateKeys.Phone("cf1p", "10.0.9.8"), new StateKeys.Phone("cf1a", "10.0.9.8")),
            Set.of("10.0.9.8"),
            Set.of("6666", "cf1u"),
            Set.of("cf1al"),
            Set.of("6666"));

    private static LocalMariaDb db;

    @BeforeAll
    static void startDatabase() {
        db = LocalMariaDb.start();
        db.execute(LocalMariaDb.upstreamTables());
        db.readOnlyAccount("reader", "reader-pass");
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void rows() {
        db.execute(
                "DELETE FROM phones; DELETE FROM servers; DELETE FROM vicidial_users; DELETE FROM phones_alias;"
                        + " DELETE FROM vicidial_admin_log; DELETE FROM system_settings;"
                        + " INSERT INTO servers (server_id, server_ip, active, rebuild_conf_files)"
                        + "   VALUES ('srv1', '10.0.9.8', 'Y', 'N');"
                        + " INSERT INTO phones (extension, server_ip, login, pass, fullname, template_id, outbound_cid)"
                        + "   VALUES ('cf1p', '10.0.9.8', 'cf1p', 'secret', 'Conformance phone', '', NULL),"
                        + "          ('cf1p', '192.168.198.5', 'cf1p2', 'secret', 'Other server', '', NULL),"
                        + "          ('other', '10.0.9.8', 'q', 'secret', 'Not ours', '', NULL);"
                        + " INSERT INTO vicidial_users (user, pass, full_name, user_level, user_group)"
                        + "   VALUES ('6666', '1234', 'Admin', 9, 'ADMIN'), ('CF1U', 'pw', NULL, 1, 'AGENTS');"
                        + " INSERT INTO phones_alias (alias_id, alias_name, logins_list) VALUES ('cf1al', 'Alias', 'cf1p');"
                        + " INSERT INTO system_settings (use_non_latin, auto_user_add_value) VALUES ('0', 1101);"
                        + " INSERT INTO vicidial_admin_log (event_date, user, ip_address, event_section, event_type, record_id,"
                        + "   event_code, event_sql, event_notes) VALUES"
                        + "   ('2026-01-01 10:00:00', '6666', '10.0.0.1', 'PHONES', 'ADD', 'old', 'ADMIN API ADD PHONE', '', '')");
    }

    private static TableReader reader() {
        return TableReader.open(db.jdbcUrl(), "reader", "reader-pass");
    }

    @Test
    void readsRowsByKeyComparingAsTheDatabaseDoes() {
        try (TableReader reader = reader()) {
            StoredState state = reader.snapshot(KEYS);
            assertEquals(
                    "Conformance phone",
                    state.phone("CF1P", "10.0.9.8").orElseThrow().get("fullname"));
            assertEquals("pw", state.user("cf1u").orElseThrow().get("pass"));
            assertEquals("cf1p", state.phoneAlias("CF1AL").orElseThrow().get("logins_list"));
            assertEquals("N", state.server("10.0.9.8").orElseThrow().get("rebuild_conf_files"));
            assertTrue(state.phone("cf1a", "10.0.9.8").isEmpty(), "a phone that does not exist");
            StoredState now = reader.current(KEYS);
            assertTrue(now.user("nobody").isEmpty(), "a user that does not exist");
            assertEquals(
                    List.of("other"),
                    now.phonesWithLogin("q").stream()
                            .map(p -> p.get("extension"))
                            .toList());
            assertEquals(
                    "1101",
                    String.valueOf(
                            now.watched().get("system_settings") instanceof Map<?, ?> m
                                    ? m.get("auto_user_add_value")
                                    : null));
        }
    }

    @Test
    void givesIntegersAsNumbersAndEverythingElseAsTheSimulatorStoresIt() {
        try (TableReader reader = reader()) {
            StoredState state = reader.current(KEYS);
            Map<String, Object> user = state.user("6666").orElseThrow();
            Map<String, Object> phone = state.phone("cf1p", "10.0.9.8").orElseThrow();
            assertEquals(9L, user.get("user_level"));
            assertEquals(0L, user.get("failed_login_count"));
            assertEquals("2001-01-01 00:00:01", user.get("last_login_date"));
            assertEquals(" ALL_FUNCTIONS ", user.get("api_allowed_functions"));
            assertEquals(60L, phone.get("phone_ring_timeout"));
            assertNull(phone.get("outbound_cid"), "NULL stays null");
            assertEquals("", phone.get("template_id"));
            // like with like: a number exactly where the simulator's state holds one
            assertNumbersWhereTheSimulatorHasThem(Tables.USERS, user);
            assertNumbersWhereTheSimulatorHasThem(Tables.PHONES, phone);
            assertEquals(Set.copyOf(Tables.USERS.columns()), user.keySet());
            assertEquals(Set.copyOf(Tables.PHONES.columns()), phone.keySet());
        }
    }

    private static void assertNumbersWhereTheSimulatorHasThem(Schema schema, Map<String, Object> row) {
        row.forEach((column, value) -> {
            if (value != null) {
                assertEquals(
                        schema.isNumeric(column),
                        value instanceof Long,
                        column + " is " + value.getClass().getSimpleName());
                if (!schema.isNumeric(column)) {
                    assertInstanceOf(String.class, value, column);
                }
            }
        });
    }

    @Test
    void readsTheAdminLogAboveAMarkWrittenByTheSuitesUsersOnly() {
        try (TableReader reader = reader()) {
            StoredState before = reader.snapshot(KEYS);
            long mark = before.adminLogMark();
            assertTrue(mark > 0);
            db.execute("INSERT INTO vicidial_admin_log (event_date, user, ip_address, event_section, event_type,"
                    + " record_id, event_code, event_sql, event_notes) VALUES"
                    + " ('2026-01-01 10:00:01', 'someone', '10.0.0.2', 'USERS', 'MODIFY', 'x', 'ADMIN MODIFY', '', ''),"
                    + " ('2026-01-01 10:00:02', '6666', '10.0.0.1', 'PHONES', 'MODIFY', 'cf1p',"
                    + "  'ADMIN API UPDATE PHONE', 'UPDATE phones SET ...', '')");
            StoredState after = reader.current(KEYS);
            List<Map<String, Object>> added = after.adminLogSince(mark);
            assertEquals(1, added.size(), added::toString);
            assertEquals("cf1p", added.get(0).get("record_id"));
            assertEquals("MODIFY", added.get(0).get("event_type"));
            assertEquals("2026-01-01 10:00:02", added.get(0).get("event_date"));
            assertEquals(mark + 2, after.adminLogMark());
            assertEquals(List.of(), after.adminLogSince(after.adminLogMark()));
        }
    }

    @Test
    void keepsTheStateBeforeARequestAsItWasRead() {
        try (TableReader reader = reader()) {
            StoredState before = reader.snapshot(KEYS);
            db.execute("UPDATE phones SET fullname = 'Changed' WHERE extension = 'cf1p' AND server_ip = '10.0.9.8'");
            StoredState after = reader.current(KEYS);
            assertEquals(
                    "Conformance phone",
                    before.phone("cf1p", "10.0.9.8").orElseThrow().get("fullname"));
            assertEquals(
                    "Changed", after.phone("cf1p", "10.0.9.8").orElseThrow().get("fullname"));
            assertNotEquals(before.watched(), after.watched());
            IllegalStateException unread = assertThrows(IllegalStateException.class, () -> before.user("not-a-key"));
            assertTrue(unread.getMessage().contains("not-a-key"), unread.getMessage());
        }
    }

    @Test
    void watchesOnlyTheRowsItsKeysName() {
        try (TableReader reader = reader()) {
            StoredState before = reader.snapshot(KEYS);
            db.execute("UPDATE phones SET fullname = 'Changed' WHERE extension = 'other';"
                    + " UPDATE vicidial_users SET last_login_date = NOW(), failed_login_count = 1 WHERE user = '6666'");
            assertEquals(before.watched(), reader.current(KEYS).watched(), "a row outside the keys, a login");
            db.execute("UPDATE phones_alias SET alias_name = 'Renamed'");
            assertNotEquals(before.watched(), reader.current(KEYS).watched(), "a keyed alias changed");
            String said = before.watchedDescription();
            assertTrue(said.contains("cf1p@10.0.9.8") && said.contains("admin_log_id"), said);
        }
    }

    @Test
    void refusesAnAccountThatMayInsert() {
        db.execute("CREATE USER 'inserter'@'127.0.0.1' IDENTIFIED BY 'pw';"
                + " GRANT SELECT, INSERT ON asterisk.* TO 'inserter'@'127.0.0.1'");
        UnusableDatabase refused =
                assertThrows(UnusableDatabase.class, () -> TableReader.open(db.jdbcUrl(), "inserter", "pw"));
        assertTrue(refused.getMessage().startsWith("refusing the database account 'inserter'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("INSERT on `asterisk`.*"), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
    }

    @Test
    void refusesAnAccountThatMayUpdateOneTableOrWriteEverywhere() {
        db.execute("CREATE USER 'updater'@'127.0.0.1' IDENTIFIED BY 'pw';"
                + " GRANT SELECT ON asterisk.* TO 'updater'@'127.0.0.1';"
                + " GRANT UPDATE (fullname) ON asterisk.phones TO 'updater'@'127.0.0.1'");
        UnusableDatabase table =
                assertThrows(UnusableDatabase.class, () -> TableReader.open(db.jdbcUrl(), "updater", "pw"));
        assertTrue(table.getMessage().contains("UPDATE on `asterisk`.`phones`"), table.getMessage());
        UnusableDatabase all = assertThrows(
                UnusableDatabase.class,
                () -> TableReader.open(db.jdbcUrl(), LocalMariaDb.OWNER, LocalMariaDb.OWNER_PASSWORD));
        assertTrue(all.getMessage().contains("ALL PRIVILEGES on *.*"), all.getMessage());
    }

    @Test
    void refusesAnAccountWhoseRoleMayWrite() {
        db.execute("CREATE ROLE writers; GRANT DELETE ON asterisk.* TO writers;"
                + " CREATE USER 'member'@'127.0.0.1' IDENTIFIED BY 'pw';"
                + " GRANT SELECT ON asterisk.* TO 'member'@'127.0.0.1'; GRANT writers TO 'member'@'127.0.0.1'");
        UnusableDatabase refused =
                assertThrows(UnusableDatabase.class, () -> TableReader.open(db.jdbcUrl(), "member", "pw"));
        assertTrue(refused.getMessage().contains("DELETE on `asterisk`.* (role writers)"), refused.getMessage());
    }

    @Test
    void acceptsAnAccountThatMayWriteOnlyToAnotherDatabase() {
        db.execute("CREATE DATABASE scratch; CREATE USER 'elsewhere'@'127.0.0.1' IDENTIFIED BY 'pw';"
                + " GRANT SELECT ON asterisk.* TO 'elsewhere'@'127.0.0.1';"
                + " GRANT ALL ON scratch.* TO 'elsewhere'@'127.0.0.1'");
        try (TableReader reader = TableReader.open(db.jdbcUrl(), "elsewhere", "pw")) {
            assertTrue(reader.describe().contains("read-only as 'elsewhere'"), reader.describe());
        }
    }

    @Test
    void refusesAnAccountThatCannotReadATableItNeeds() {
        db.execute("CREATE USER 'partial'@'127.0.0.1' IDENTIFIED BY 'pw';"
                + " GRANT SELECT ON asterisk.phones TO 'partial'@'127.0.0.1';"
                + " GRANT SELECT ON asterisk.servers TO 'partial'@'127.0.0.1'");
        UnusableDatabase refused =
                assertThrows(UnusableDatabase.class, () -> TableReader.open(db.jdbcUrl(), "partial", "pw"));
        assertTrue(
                refused.getMessage()
                        .contains("cannot read the tables vicidial_users, vicidial_user_groups,"
                                + " phones_alias, system_settings, vicidial_admin_log"),
                refused.getMessage());
    }

    @Test
    void readsOnlyTheColumnsAColumnGrantAllows() {
        db.execute("CREATE USER 'nopasswords'@'127.0.0.1' IDENTIFIED BY 'pw';"
                + " GRANT SELECT ON asterisk.phones TO 'nopasswords'@'127.0.0.1';"
                + " GRANT SELECT ON asterisk.servers TO 'nopasswords'@'127.0.0.1';"
                + " GRANT SELECT (user, full_name, user_level) ON asterisk.vicidial_users TO 'nopasswords'@'127.0.0.1';"
                + " GRANT SELECT ON asterisk.vicidial_user_groups TO 'nopasswords'@'127.0.0.1';"
                + " GRANT SELECT ON asterisk.phones_alias TO 'nopasswords'@'127.0.0.1';"
                + " GRANT SELECT ON asterisk.system_settings TO 'nopasswords'@'127.0.0.1';"
                + " GRANT SELECT ON asterisk.vicidial_admin_log TO 'nopasswords'@'127.0.0.1'");
        try (TableReader reader = TableReader.open(db.jdbcUrl(), "nopasswords", "pw")) {
            Map<String, Object> user = reader.current(KEYS).user("6666").orElseThrow();
            assertEquals(Map.of("user", "6666", "full_name", "Admin", "user_level", 9L), user);
        }
    }

    @Test
    void itsSessionRefusesWritesWhateverTheAccountMayDo() throws SQLException {
        try (Connection c = TableReader.connectReadOnly(db.jdbcUrl(), LocalMariaDb.OWNER, LocalMariaDb.OWNER_PASSWORD);
                Statement s = c.createStatement()) {
            assertTrue(c.isReadOnly());
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM phones"));
            assertTrue(refused.getMessage().contains("READ ONLY"), refused.getMessage());
        }
        assertEquals("3\n", db.client("SELECT COUNT(*) FROM phones;", "-N", "-B"));
    }

    @Test
    void holdsOneConnectionAndClosesItAtTheEnd() throws Exception {
        TableReader reader = reader();
        try {
            reader.snapshot(KEYS).watched();
            reader.current(KEYS).adminLogSince(0);
            assertEquals(1, db.connectionsOf("reader"));
        } finally {
            reader.close();
        }
        assertTrue(reader.closed());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (db.connectionsOf("reader") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, db.connectionsOf("reader"));
        assertThrows(IllegalStateException.class, () -> reader.current(KEYS).user("6666"));
    }

    @Test
    void badSettingsEachGiveOneClearLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Map<String, String[]> cases = Map.of(
                "vicidial.db.url must be a jdbc:mariadb:// or jdbc:mysql:// URL",
                new String[] {"http://127.0.0.1/asterisk", "reader", "reader-pass"},
                "cannot connect to the database at " + db.jdbcUrl() + " as 'reader'",
                new String[] {db.jdbcUrl() + "?password=not-shown", "reader", "wrong-password"},
                "cannot connect to the database at jdbc:mariadb://127.0.0.1:" + closedPort + "/asterisk",
                new String[] {"jdbc:mariadb://127.0.0.1:" + closedPort + "/asterisk", "reader", "reader-pass"},
                "vicidial.db.url must name the dialer's database",
                new String[] {"jdbc:mysql://127.0.0.1:" + db.port() + "/", "reader", "reader-pass"});
        cases.forEach((expected, settings) -> {
            UnusableDatabase e =
                    assertThrows(UnusableDatabase.class, () -> TableReader.open(settings[0], settings[1], settings[2]));
            assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(
                    e.getMessage().contains("wrong-password") || e.getMessage().contains("not-shown"));
        });
    }
}
