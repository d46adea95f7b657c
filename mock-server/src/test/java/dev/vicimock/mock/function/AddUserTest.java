package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.OrderedPairs;
import dev.vicimock.mock.testing.States;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** add_user on the provisioning seed: the order of its checks, AUTOGENERATE, and what the users columns store. */
class AddUserTest {
    /** A valid request by the level-8 admin 8004, so that a level of 8 is refused. */
    private static final Map<String, String> BASE = params(
            "source",
            "test",
            "user",
            "8004",
            "pass",
            "1234",
            "function",
            "add_user",
            "agent_user",
            "7001",
            "agent_pass",
            "pw7001",
            "agent_user_level",
            "1",
            "agent_full_name",
            "New%20Agent",
            "agent_user_group",
            "AGENTS");

    /** One check of add_user: the parameters that make it fail and the line it then answers. */
    record Failure(String name, Map<String, String> params, Function<Map<String, String>, String> answer) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** add_user's five checks, in the real order. */
    static final List<Failure> ORDER = List.of(
            new Failure(
                    "permission",
                    params("user", "8008"),
                    r -> "ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS: |" + r.get("user") + "|0"),
            new Failure(
                    "required fields",
                    params("agent_pass", "p"),
                    r -> "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |" + r.get("user") + "|"
                            + r.get("agent_user") + "|p|" + r.get("agent_user_level") + "|New Agent|"
                            + r.get("agent_user_group")),
            new Failure(
                    "user level",
                    params("agent_user_level", "8"),
                    r -> "ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL: |"
                            + r.get("user") + "|8|8"),
            new Failure(
                    "user group",
                    params("agent_user_group", "NOSUCH"),
                    r -> "ERROR: add_user USER GROUP DOES NOT EXIST: |" + r.get("user") + "|NOSUCH"),
            new Failure(
                    "existing user",
                    params("agent_user", "9001"),
                    r -> "ERROR: add_user USER ALREADY EXISTS: |" + r.get("user") + "|9001"));

    static Stream<Arguments> pairs() {
        return OrderedPairs.onProfiles(List.of("2.14-202", "2.14-107"), ORDER);
    }

    @ParameterizedTest(name = "{0}: {1} before {2}")
    @MethodSource("pairs")
    void anEarlierCheckRefusesBeforeALaterOneAndNothingIsWritten(String profile, Failure first, Failure later) {
        Dialer d = Dialer.of(profile, States.provisioningSeed(t -> {}));
        Snapshot before = d.snapshot();
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.putAll(later.params());
        request.putAll(first.params());
        assertEquals(first.answer().apply(request) + "\n", d.body(query(request)));
        assertUnchanged(before, d.snapshot());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.14-202", "2.14-107"})
    void eachCheckAloneRefusesAValidRequest(String profile) {
        for (Failure f : ORDER) {
            Dialer d = Dialer.of(profile, States.provisioningSeed(t -> {}));
            Map<String, String> request = new LinkedHashMap<>(BASE);
            request.putAll(f.params());
            assertEquals(f.answer().apply(request) + "\n", d.body(query(request)), f.name());
        }
        Dialer d = Dialer.of(profile, States.provisioningSeed(t -> {}));
        assertEquals(
                "SUCCESS: add_user USER HAS BEEN ADDED - 8004|7001|pw7001|1|New Agent|AGENTS\n", d.body(query(BASE)));
    }

    @Test
    void autogenerateTakesTheFirstFreeIdInStepsOfSevenAndStoresItBack() {
        Dialer d = Dialer.of("2.14-202", States.provisioningSeed(t -> {
            t.withArray("users").add(user("1101"));
            t.withArray("users").add(user("1108"));
        }));
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.put("agent_user", "xAUTOGENERAx");
        assertEquals(
                "SUCCESS: add_user USER HAS BEEN ADDED - 8004|1115|pw7001|1|New Agent|AGENTS\n",
                d.body(query(request)));
        assertEquals("1115", d.snapshot().systemSettings().get("auto_user_add_value"));
        assertTrue(d.body(query(request)).contains("|1122|"));
    }

    @Test
    void autogenerateIsCaseSensitive() {
        Dialer d = Dialer.of("2.14-202", States.provisioningSeed(t -> {}));
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.put("agent_user", "autogenerate");
        assertEquals(
                "SUCCESS: add_user USER HAS BEEN ADDED - 8004|autogenerate|pw7001|1|New Agent|AGENTS\n",
                d.body(query(request)));
        assertEquals("1101", d.snapshot().systemSettings().get("auto_user_add_value"));
    }

    @Test
    void theColumnsCutTheValuesWhileTheAnswerEchoesThemAsSent() {
        Dialer d = Dialer.of("2.14-202", States.provisioningSeed(t -> {}));
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.put("user", "8001");
        request.put("agent_user", "u".repeat(21));
        request.put("agent_user_level", "300");
        request.put("agent_full_name", "N".repeat(60));
        request.put("wrapup_seconds_override", "99999");
        request.put("hotkeys_active", "5");
        assertEquals(
                "SUCCESS: add_user USER HAS BEEN ADDED - 8001|" + "u".repeat(21) + "|pw7001|300|" + "N".repeat(60)
                        + "|AGENTS\n",
                d.body(query(request)));
        Row added = d.user("u".repeat(20));
        assertNotNull(added);
        assertEquals(255L, added.number("user_level"));
        assertEquals("N".repeat(50), added.text("full_name"));
        assertEquals(32767L, added.number("wrapup_seconds_override"));
        assertEquals("", added.text("hotkeys_active"));
    }

    @Test
    void aTruncatedIdThatExistsKillsThePageOnPhp8AndIsSilentlyNotAddedOnPhp7() {
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.put("agent_user", "v".repeat(21));
        Snapshot seed = States.provisioningSeed(t -> t.withArray("users").add(user("v".repeat(20))));

        Dialer php8 = Dialer.of("2.14-202", seed);
        Answer crash = php8.get(query(request));
        assertEquals(500, crash.status());
        assertEquals(0, php8.snapshot().adminLog().size() - seed.adminLog().size());

        Dialer php7 = Dialer.of("2.14-107", seed);
        assertTrue(php7.body(query(request)).startsWith("SUCCESS: add_user USER HAS BEEN ADDED"));
        assertEquals("User " + "v".repeat(20), php7.user("v".repeat(20)).text("full_name"));
        assertEquals(1, php7.snapshot().adminLog().size() - seed.adminLog().size());
    }

    @Test
    void theAgentChoicesAreWrittenOnlyWhereTheReleaseHasThem() {
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.put("in_groups", "INGA|INGB");
        request.put("closer_default_blended", "1");
        Dialer current = Dialer.of("2.14-202", States.provisioningSeed(t -> {}));
        current.body(query(request));
        assertEquals(" INGA INGB -", current.user("7001").text("closer_campaigns"));
        assertEquals("1", current.user("7001").text("closer_default_blended"));

        Dialer old = Dialer.of("2.14-107", States.provisioningSeed(t -> {}));
        old.body(query(request));
        assertNull(old.user("7001").text("closer_campaigns"));
        assertEquals("0", old.user("7001").text("closer_default_blended"));
    }

    @Test
    void theAdminLogEntryNamesTheNewUserAndItsInsert() {
        Dialer d = Dialer.of("2.14-202", States.provisioningSeed(t -> {}));
        d.body(query(BASE));
        List<AdminLogEntry> log = d.snapshot().adminLog();
        AdminLogEntry entry = log.get(log.size() - 1);
        assertEquals("USERS", entry.eventSection());
        assertEquals("ADD", entry.eventType());
        assertEquals("ADMIN API ADD USER", entry.eventCode());
        assertEquals("7001", entry.recordId());
        assertEquals("user: 7001", entry.eventNotes());
        assertTrue(entry.eventSql().startsWith("INSERT INTO vicidial_users (user,pass,full_name,"), entry.eventSql());
        assertTrue(entry.eventSql().endsWith("')|"), entry.eventSql());
    }

    static Map<String, String> params(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    static ObjectNode user(String id) {
        ObjectNode u = States.seedTree().objectNode();
        u.put("user", id)
                .put("pass", "1234")
                .put("full_name", "User " + id)
                .put("user_level", 1)
                .put("user_group", "AGENTS");
        return u;
    }

    /** Nothing but the caller's login bookkeeping changed: same users, settings and admin log. */
    static void assertUnchanged(Snapshot before, Snapshot after) {
        assertEquals(keys(before), keys(after));
        assertEquals(before.systemSettings(), after.systemSettings());
        assertEquals(before.adminLog(), after.adminLog());
        for (Schema table : Tables.ALL) {
            if (table != Tables.USERS) {
                assertEquals(before.rows(table), after.rows(table), table.table());
            }
        }
    }

    private static List<String> keys(Snapshot s) {
        return s.rows(Tables.USERS).stream().map(Row::key).sorted().toList();
    }
}
