package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.OrderedPairs;
import dev.vicimock.mock.testing.States;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of update_user's checks: the first failing one answers, and a refused call writes nothing (the
 * campaign block, which runs before the in-group one, is the only one that writes before a later error).
 */
class UpdateUserValidationOrderTest {
    private static final String CALL = "source=test&user=8001&pass=1234&function=update_user&agent_user=9001";
    private static final String NO_UPDATES = "ERROR: update_user NO UPDATES DEFINED: |8001|\n";

    /**
     * One checked field: an invalid value, the reason and data of its error; {@code inGroup} marks the in-group
     * ranks, which 2.14-107 does not know.
     */
    record Field(String param, String invalid, String reason, String data, boolean inGroup) {
        @Override
        public String toString() {
            return param;
        }
    }

    private static final String OPTIONAL = ", THIS IS AN OPTIONAL FIELD";

    /** The checked fields in the order the real code checks them. */
    static final List<Field> ORDER = List.of(
            new Field(
                    "agent_full_name",
                    "F".repeat(51),
                    "YOU MUST USE A VALID FULL NAME" + OPTIONAL,
                    "F".repeat(51),
                    false),
            new Field("agent_user_level", "10", "YOU MUST USE A VALID USER LEVEL" + OPTIONAL, "10|9|1", false),
            new Field("agent_user_group", "NOSUCH", "YOU MUST USE A VALID USER GROUP" + OPTIONAL, "NOSUCH|0", false),
            new Field("phone_login", "nosuch", "YOU MUST USE A VALID PHONE LOGIN" + OPTIONAL, "nosuch|0|0", false),
            new Field(
                    "phone_pass",
                    "p".repeat(21),
                    "YOU MUST USE A VALID PHONE PASSWORD" + OPTIONAL,
                    "p".repeat(21),
                    false),
            new Field("hotkeys_active", "2", "YOU MUST USE A VALID HOTKEYS SETTING" + OPTIONAL, "2", false),
            new Field("voicemail_id", "1", "YOU MUST USE A VALID VOICEMAIL ID" + OPTIONAL, "1", false),
            new Field("email", "a%40b", "YOU MUST USE A VALID EMAIL" + OPTIONAL, "a@b", false),
            new Field(
                    "custom_one",
                    "c".repeat(101),
                    "YOU MUST USE A VALID CUSTOM ONE" + OPTIONAL,
                    "c".repeat(101),
                    false),
            new Field(
                    "custom_two",
                    "c".repeat(101),
                    "YOU MUST USE A VALID CUSTOM TWO" + OPTIONAL,
                    "c".repeat(101),
                    false),
            new Field(
                    "custom_three",
                    "c".repeat(101),
                    "YOU MUST USE A VALID CUSTOM THREE" + OPTIONAL,
                    "c".repeat(101),
                    false),
            new Field(
                    "custom_four",
                    "c".repeat(101),
                    "YOU MUST USE A VALID CUSTOM FOUR" + OPTIONAL,
                    "c".repeat(101),
                    false),
            new Field(
                    "custom_five",
                    "c".repeat(101),
                    "YOU MUST USE A VALID CUSTOM FIVE" + OPTIONAL,
                    "c".repeat(101),
                    false),
            new Field("active", "X", "ACTIVE MUST BE Y OR N" + OPTIONAL, "X", false),
            new Field(
                    "wrapup_seconds_override",
                    "-2",
                    "wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999" + OPTIONAL,
                    "-2",
                    false),
            new Field("campaign_rank", "10", "YOU MUST USE A VALID CAMPAIGN RANK" + OPTIONAL, "10", false),
            new Field("campaign_grade", "11", "YOU MUST USE A VALID CAMPAIGN GRADE" + OPTIONAL, "11", false),
            new Field("ingroup_rank", "10", "YOU MUST USE A VALID IN-GROUP RANK" + OPTIONAL, "10", true),
            new Field("ingroup_grade", "11", "YOU MUST USE A VALID IN-GROUP GRADE" + OPTIONAL, "11", true));

    static Stream<Arguments> pairs() {
        return OrderedPairs.onProfiles(List.of("2.14-202", "2.14-107"), ORDER);
    }

    @ParameterizedTest(name = "{0}: {1} before {2}")
    @MethodSource("pairs")
    void eachFieldsErrorWinsOverTheLaterOnes(String profile, Field first, Field later) {
        Dialer d = Dialer.of(profile, States.provisioning());
        Snapshot before = d.snapshot();
        Map<String, String> request = new LinkedHashMap<>();
        // the later field first in the query: the order of the checks, not of the parameters, decides
        request.put(later.param(), later.invalid());
        request.put(first.param(), first.invalid());
        String body = d.body(CALL
                + request.entrySet().stream()
                        .map(e -> "&" + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining()));
        if (profile.equals("2.14-107") && first.inGroup()) {
            assertEquals(NO_UPDATES, body, "2.14-107 does not know " + first + " or " + later);
        } else {
            assertEquals("ERROR: update_user " + first.reason() + ": |8001|" + first.data() + "\n", body);
        }
        assertEquals(States.writable(before), States.writable(d.snapshot()));
        assertEquals(agent(before), agent(d.snapshot()));
    }

    private static Row agent(Snapshot s) {
        return States.user(s, "9001");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // which two checks fail; query after source=test&function=update_user; answer
                "permission before required agent_user; user=6666&pass=1234;"
                        + " ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS: |6666|0",
                "required agent_user before existence; user=8001&pass=1234&agent_user=n;"
                        + " ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS: |8001|n|",
                "existence before the level rule; user=8004&pass=1234&agent_user=nosuch&server_ip=1.2.3.4;"
                        + " ERROR: update_user USER DOES NOT EXIST: |8004|1.2.3.4",
                "level rule before delete permission; user=8004&pass=1234&agent_user=9009&delete_user=Y;"
                        + " ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |8004|9009|<=|8\\n",
                "delete permission before the fields; user=8002&pass=1234&agent_user=9003&delete_user=Y&active=X;"
                        + " ERROR: update_user USER DOES NOT HAVE PERMISSION TO DELETE USERS: |8002|0",
                "delete before the fields; user=8001&pass=1234&agent_user=9003&delete_user=Y&active=X;"
                        + " SUCCESS: update_user USER HAS BEEN DELETED - 8001|9003|"
            })
    void theChecksBeforeTheFieldsComeInTheRealOrder(String which, String query, String answer) {
        for (String profile : List.of("2.14-202", "2.14-107")) {
            Dialer d = Dialer.of(profile, States.provisioning());
            assertEquals(
                    answer.replace("\\n", "\n") + "\n",
                    d.body("source=test&function=update_user&" + query),
                    profile + ": " + which);
        }
    }
}
