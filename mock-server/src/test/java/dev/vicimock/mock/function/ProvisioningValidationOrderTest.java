package dev.vicimock.mock.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.vicimock.mock.state.Snapshot;
import dev.vicimock.mock.testing.Dialer;
import dev.vicimock.mock.testing.OrderedPairs;
import dev.vicimock.mock.testing.States;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of the checks of user_details and the alias functions: for every two checks, a request failing both
 * answers the earlier one, and nothing is written.
 */
class ProvisioningValidationOrderTest {
    /**
     * One check: the parameters that make it fail (on top of a request that passes every check), and the answer
     * it then gives for the request as sent.
     */
    record Check(String name, Map<String, String> failing, Function<Map<String, String>, String> answer) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A function's passing request and its checks in the real order, with the releases that know it. */
    record Subject(String name, Map<String, String> passing, List<Check> order, List<String> profiles) {}

    private static Check check(String name, Map<String, String> failing, Function<Map<String, String>, String> answer) {
        return new Check(name, failing, answer);
    }

    private static final Check SOURCE =
            check("source", Map.of("source", "x"), r -> "ERROR: Invalid Source - x\nERROR: Invalid Source: |x|");

    private static Map<String, String> base(String function, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", "test");
        m.put("user", "8001");
        m.put("pass", "1234");
        m.put("function", function);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static final List<String> BOTH = List.of("2.14-202", "2.14-107");

    static final List<Subject> FUNCTIONS = List.of(
            new Subject(
                    "add_phone_alias",
                    base("add_phone_alias", "alias_id", "alias3", "alias_name", "A3", "phone_logins", "cc100"),
                    List.of(
                            SOURCE,
                            check(
                                    "permission",
                                    Map.of("user", "4444"),
                                    r -> "ERROR: add_phone_alias USER DOES NOT "
                                            + "HAVE PERMISSION TO ADD PHONE ALIASES: |" + r.get("user") + "|0"),
                            check(
                                    "required",
                                    Map.of("alias_name", ""),
                                    r -> "ERROR: add_phone_alias YOU MUST USE " + "ALL REQUIRED FIELDS: |8001|"
                                            + r.get("alias_id") + "||" + r.get("phone_logins")),
                            check(
                                    "exists",
                                    Map.of("alias_id", "alias1"),
                                    r -> "ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: |8001|alias1"),
                            check(
                                    "login",
                                    Map.of("phone_logins", "cc100,nosuch"),
                                    r -> "ERROR: add_phone_alias PHONE DOES NOT EXIST: |8001|nosuch")),
                    BOTH),
            new Subject(
                    "update_phone_alias",
                    base("update_phone_alias", "alias_id", "alias1", "alias_name", "Renamed", "phone_logins", "cc101"),
                    List.of(
                            SOURCE,
                            check(
                                    "permission",
                                    Map.of("user", "4444"),
                                    r -> "ERROR: update_phone_alias USER DOES "
                                            + "NOT HAVE PERMISSION TO UPDATE PHONE ALIASES: |" + r.get("user") + "|0"),
                            check(
                                    "exists",
                                    Map.of("alias_id", "nosuch"),
                                    r -> "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |8001|nosuch"),
                            check(
                                    "alias name",
                                    Map.of("alias_name", "X"),
                                    r -> "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |8001|X"),
                            check(
                                    "login",
                                    Map.of("phone_logins", "nosuch"),
                                    r -> "ERROR: update_phone_alias PHONE DOES NOT EXIST: |8001|nosuch")),
                    BOTH),
            new Subject(
                    "add_group_alias",
                    base("add_group_alias", "group_alias_id", "GA9", "caller_id_number", "3125550000"),
                    List.of(
                            SOURCE,
                            check(
                                    "permission",
                                    Map.of("user", "4444"),
                                    r -> "ERROR: add_group_alias USER DOES NOT "
                                            + "HAVE PERMISSION TO ADD GROUP ALIASES: |" + r.get("user") + "|0"),
                            check(
                                    "required",
                                    Map.of("caller_id_number", "12345"),
                                    r -> "ERROR: add_group_alias YOU " + "MUST USE ALL REQUIRED FIELDS: |8001|"
                                            + r.get("group_alias_id") + "||12345"),
                            check(
                                    "exists",
                                    Map.of("group_alias_id", "GA1"),
                                    r -> "ERROR: add_group_alias GROUP " + "ALIAS ALREADY EXISTS: |8001|GA1|"
                                            + r.get("caller_id_number"))),
                    BOTH),
            new Subject(
                    "user_details",
                    base("user_details", "agent_user", "9001"),
                    List.of(
                            SOURCE,
                            check(
                                    "permission",
                                    Map.of("user", "6666"),
                                    r -> "ERROR: user_details USER DOES NOT " + "HAVE PERMISSION TO GET USER DETAILS: |"
                                            + r.get("user") + "|0|"),
                            check(
                                    "search",
                                    Map.of("agent_user", ""),
                                    r -> "ERROR: user_details INVALID SEARCH PARAMETERS: 8001|"),
                            check(
                                    "found",
                                    Map.of("agent_user", "nosuch"),
                                    r -> "ERROR: user_details USER NOT FOUND: 8001|nosuch")),
                    List.of("2.14-202")));

    static Stream<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        for (Subject f : FUNCTIONS) {
            for (String profile : f.profiles()) {
                for (OrderedPairs.Pair<?> p : OrderedPairs.of(f.order())) {
                    out.add(Arguments.of(profile, f.name(), f.passing(), p.earlier(), p.later()));
                }
            }
        }
        return out.stream();
    }

    private static String query(Map<String, String> request) {
        return request.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    @ParameterizedTest(name = "{0} {1}: {3} before {4}")
    @MethodSource("pairs")
    void theEarlierCheckAnswersAndNothingIsWritten(
            String profile, String function, Map<String, String> passing, Check first, Check later) {
        Dialer d = Dialer.of(profile, States.provisioning());
        Snapshot before = States.writable(d.snapshot());
        Map<String, String> request = new LinkedHashMap<>(passing);
        request.putAll(later.failing());
        request.putAll(first.failing());
        assertEquals(first.answer().apply(request) + "\n", d.body(query(request)));
        assertEquals(before, States.writable(d.snapshot()));
    }

    static Stream<Arguments> passing() {
        return FUNCTIONS.stream().flatMap(f -> f.profiles().stream().map(p -> Arguments.of(p, f.name(), f.passing())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("passing")
    void theBaseRequestPassesEveryCheck(String profile, String function, Map<String, String> passing) {
        String body = Dialer.of(profile, States.provisioning()).body(query(passing));
        assertFalse(body.startsWith("ERROR") || body.startsWith("NOTICE"), body);
    }
}
