package dev.vicimock.mock.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.release.Releases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded case of the user and alias functions ({@code cases-provisioning.json}, format
 * {@code vicidial-oracle-cases/2}) over HTTP against the running simulator, for every release the cases were
 * recorded on: status, Content-Type and body byte for byte, then the whole state strictly: every table holds
 * exactly the seed's rows with the recorded updates, inserts and deletes, and the system settings and admin log
 * changed as recorded.
 */
class ProvisioningCasesReplayTest {
    private static final String CASES = "cases-provisioning.json";
    private static final String SEED = "seed-provisioning.json";
    private static VicidialMock mock;

    @BeforeAll
    static void start() {
        mock = VicidialMock.builder().build().start();
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    static Stream<Arguments> cases() {
        List<JsonNode> cases = OracleCases.cases(CASES);
        List<Arguments> out = new ArrayList<>();
        for (String profile : OracleCases.recordedProfiles(cases)) {
            for (JsonNode c : cases) {
                out.add(Arguments.of(profile, c.get("id").asText(), c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void answersAndChangesTheStateAsTheRealServerRecorded(String profile, String id, JsonNode testCase)
            throws IOException {
        assertTrue(
                Releases.byName(profile).isPresent(),
                "the cases were recorded on " + profile + ", which the simulator does not know (known: "
                        + Releases.names() + ")");
        RecordedCasesReplayTest.replay(
                mock.port(), "", "/__admin/vicidial", SEED, StrictEffects::differences, profile, id, testCase);
    }

    /**
     * Format {@code /2} effects against the state before and after: the expected state is the state before
     * with the recorded changes applied, and every table must equal it row for row. An inserted row is compared
     * on the columns the recording lists (a release's schema may lack some of the simulator's columns);
     * {@code users.last_login_date} is left out, as the recording does.
     */
    static final class StrictEffects {
        static List<String> differences(JsonNode effects, JsonNode before, JsonNode after) {
            List<String> bad = new ArrayList<>();
            for (String table : OracleCases.KEYS.keySet()) {
                Map<String, JsonNode> expected = index(table, before);
                JsonNode e = effects.path(table);
                for (JsonNode k : e.path("deleted")) {
                    if (expected.remove(k.asText()) == null) {
                        bad.add(table + " " + k.asText() + ": recorded as deleted but absent before");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                e.path("updated").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> u = it.next();
                    JsonNode row = expected.get(u.getKey());
                    if (row == null) {
                        bad.add(table + " " + u.getKey() + ": recorded as updated but absent before");
                        continue;
                    }
                    ObjectNode merged = row.deepCopy();
                    merged.setAll((ObjectNode) u.getValue());
                    expected.put(u.getKey(), merged);
                }
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                e.path("inserted").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> i = it.next();
                    expected.put(i.getKey(), i.getValue());
                }
                Map<String, JsonNode> actual = index(table, after);
                for (Map.Entry<String, JsonNode> x : expected.entrySet()) {
                    JsonNode got = actual.get(x.getKey());
                    if (got == null) {
                        bad.add(table + " " + x.getKey() + ": row missing");
                        continue;
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> c = x.getValue().fields(); c.hasNext(); ) {
                        Map.Entry<String, JsonNode> col = c.next();
                        if (table.equals("users") && col.getKey().equals("last_login_date")) {
                            continue;
                        }
                        if (!same(col.getValue(), got.get(col.getKey()))) {
                            bad.add(table + " " + x.getKey() + "." + col.getKey() + " expected " + col.getValue()
                                    + " got " + got.get(col.getKey()));
                        }
                    }
                }
                for (String k : actual.keySet()) {
                    if (!expected.containsKey(k)) {
                        bad.add(table + " " + k + ": unexpected row");
                    }
                }
            }
            JsonNode settings = effects.path("system_settings");
            for (Iterator<String> names = after.path("system_settings").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode want = settings.has(name)
                        ? settings.get(name)
                        : before.path("system_settings").get(name);
                if (!same(want, after.path("system_settings").get(name))) {
                    bad.add("system_settings." + name + " expected " + want + " got "
                            + after.path("system_settings").get(name));
                }
            }
            int added = after.get("admin_log").size() - before.get("admin_log").size();
            if (effects.has("adminLogAdded")
                    && added != effects.get("adminLogAdded").asInt()) {
                bad.add("admin log added " + added + ", expected "
                        + effects.get("adminLogAdded").asInt());
            }
            return bad;
        }

        private static boolean same(JsonNode want, JsonNode got) {
            if (want == null || got == null) {
                return want == got;
            }
            return want.equals(got) || (want.isNumber() && got.isNumber() && want.asLong() == got.asLong());
        }

        private static Map<String, JsonNode> index(String table, JsonNode state) {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            for (JsonNode r : state.path(table)) {
                m.put(OracleCases.key(table, r), r);
            }
            return m;
        }
    }
}
