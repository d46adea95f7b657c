package dev.vicimock.mock.function;

import static dev.vicimock.mock.function.AddUserTest.assertUnchanged;
import static dev.vicimock.mock.function.AddUserTest.params;
import static dev.vicimock.mock.function.AddUserTest.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.function.AddUserTest.Failure;
import dev.vicimock.mock.state.AdminLogEntry;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Schema;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.state.Tables;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.OrderedPairs;
import dev.vicimock.mock.testing.States;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** copy_user on the provisioning seed: the order of its checks and what a copy writes. */
class CopyUserTest {
    /** A valid copy of the agent 9001 by the level-8 admin 8004. */
    private static final Map<String, String> BASE = params(
            "source",
            "test",
            "user",
            "8004",
            "pass",
            "1234",
            "function",
            "copy_user",
            "agent_user",
            "7101",
            "agent_pass",
            "cpw7101",
            "agent_full_name",
            "Copied%20Agent",
            "source_user",
            "9001");
    /** The group of 9001 and 9008 gone: the source's group then does not exist. */
    private static final Consumer<ObjectNode> AGENTS_GROUP_GONE = t -> {
        for (Iterator<JsonNode> it = t.withArray("user_groups").elements(); it.hasNext(); ) {
            if (it.next().path("user_group").asText().equals("AGENTS")) {
                it.remove();
            }
        }
    };

    /** copy_user's five checks, in the real order; the group failure is the state's, see {@link #state}. */
    static final List<Failure> ORDER = List.of(
            new Failure(
                    "permission",
                    params("user", "8008"),
                    r -> "ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS: |" + r.get("user") + "|0"),
            new Failure(
                    "required fields",
                    params("agent_pass", "p"),
                    r -> "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: |" + r.get("user") + "|"
                            + r.get("agent_user") + "|p|" + r.get("source_user") + "|Copied Agent"),
            new Failure(
                    "source user level",
                    params("source_user", "9008"),
                    r -> "ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS IN THIS USER LEVEL: |"
                            + r.get("user") + "|8|8"),
            new Failure(
                    "source user group",
                    params(),
                    r -> "ERROR: copy_user USER GROUP DOES NOT EXIST: |" + r.get("user") + "|AGENTS"),
            new Failure(
                    "existing user",
                    params("agent_user", "9002"),
                    r -> "ERROR: copy_user USER ALREADY EXISTS: |" + r.get("user") + "|9002"));

    static Stream<Arguments> pairs() {
        return OrderedPairs.of(ORDER).stream().map(p -> Arguments.of(p.earlier(), p.later()));
    }

    @ParameterizedTest(name = "{0} before {1}")
    @MethodSource("pairs")
    void anEarlierCheckRefusesBeforeALaterOneAndNothingIsWritten(Failure first, Failure later) {
        Dialer d = Dialer.of("2.14-202", state(first, later));
        Snapshot before = d.snapshot();
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.putAll(later.params());
        request.putAll(first.params());
        assertEquals(first.answer().apply(request) + "\n", d.body(query(request)));
        assertUnchanged(before, d.snapshot());
    }

    @Test
    void theCopyTakesTheSourceRowAndItsAgentRowsWithCallsAndGradesReset() {
        Dialer d = Dialer.of("2.14-202", States.provisioningSeed(t -> {}));
        assertEquals(
                "SUCCESS: copy_user USER HAS BEEN COPIED - 8004|7101|cpw7101|Copied Agent|9001\n", d.body(query(BASE)));
        Row source = d.user("9001");
        Row copy = d.user("7101");
        for (String column : List.of(
                "user_level",
                "user_group",
                "phone_login",
                "email",
                "closer_campaigns",
                "territory",
                "wrapup_seconds_override",
                "hotkeys_active")) {
            assertEquals(source.value(column), copy.value(column), column);
        }
        assertEquals("cpw7101", copy.text("pass"));
        assertEquals("Copied Agent", copy.text("full_name"));
        Row campaign = row(d.snapshot(), Tables.CAMPAIGN_AGENTS, "7101");
        assertEquals(3L, campaign.number("campaign_rank"));
        assertEquals(0L, campaign.number("calls_today"));
        assertEquals(1L, campaign.number("campaign_grade"));
        Row ingroup = row(d.snapshot(), Tables.INBOUND_GROUP_AGENTS, "7101");
        assertEquals(2L, ingroup.number("group_weight"));
        assertEquals(0L, ingroup.number("calls_today"));
        assertEquals(1L, ingroup.number("group_grade"));
        List<AdminLogEntry> log = d.snapshot().adminLog();
        assertEquals(
                "user: 7101   source_user: 9001   rows: 1,1,1",
                log.get(log.size() - 1).eventNotes());
    }

    @Test
    void anUnknownSourceUserHasTheEmptyGroup() {
        Dialer d = Dialer.of("2.14-202", States.provisioningSeed(t -> {}));
        Map<String, String> request = new LinkedHashMap<>(BASE);
        request.put("source_user", "nosuch");
        assertEquals("ERROR: copy_user USER GROUP DOES NOT EXIST: |8004|\n", d.body(query(request)));
    }

    @Test
    void aReleaseWithoutCopyUserSaysNoFunctionAndWritesNothing() {
        Dialer d = Dialer.of("2.14-107", States.provisioningSeed(t -> {}));
        Snapshot before = d.snapshot();
        assertEquals("ERROR: NO FUNCTION SPECIFIED\n", d.body(query(BASE)));
        assertUnchanged(before, d.snapshot());
        assertNull(d.user("7101"));
    }

    /** The provisioning seed, without the AGENTS group when one of the checks is the source's group. */
    private static Snapshot state(Failure... failures) {
        boolean groupGone = Stream.of(failures).anyMatch(f -> f.name().equals("source user group"));
        return States.provisioningSeed(groupGone ? AGENTS_GROUP_GONE : t -> {});
    }

    private static Row row(Snapshot s, Schema table, String user) {
        return s.rows(table).stream()
                .filter(r -> r.text("user").equals(user))
                .findFirst()
                .orElseThrow();
    }
}
