package dev.vicimock.mock.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.testing.RawClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded case of the real server over HTTP against the running simulator, for every profile the
 * recording holds answers of: status, Content-Type and body byte for byte (or the recorded pattern where the body holds the
 * clock), then the recorded effects on the state. The state and profile are set through the admin API.
 */
class RecordedCasesReplayTest {
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
        List<Arguments> out = new ArrayList<>();
        for (String profile : recordedProfiles()) {
            for (JsonNode c : OracleCases.cases()) {
                out.add(Arguments.of(profile, c.get("id").asText(), c));
            }
        }
        return out.stream();
    }

    /** Every profile some step of the recording expects an answer of; each must be a release the simulator knows. */
    static Set<String> recordedProfiles() {
        Set<String> profiles = new TreeSet<>();
        for (JsonNode c : OracleCases.cases()) {
            for (JsonNode s : c.get("steps")) {
                s.get("expect").fieldNames().forEachRemaining(profiles::add);
            }
        }
        List<String> unknown =
                profiles.stream().filter(p -> Releases.byName(p).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the recorded cases name releases the simulator does not know: " + unknown
                    + "; known: " + Releases.names());
        }
        return profiles;
    }

    @Test
    void everyRecordedProfileIsReplayed() {
        assertEquals(
                Set.copyOf(Releases.names()),
                recordedProfiles(),
                "each known release has recorded answers, and each recorded profile is a known release");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void answersAsTheRealServerRecorded(String profile, String id, JsonNode testCase) throws IOException {
        replay(mock.port(), "", "/__admin/vicidial", profile, id, testCase);
    }

    /**
     * Replays one case on the dialer whose API path starts with {@code prefix} ("" for the default dialer, else
     * {@code /dialers/NAME}) and whose profile and state routes are under {@code adminRoot}.
     */
    static void replay(int port, String prefix, String adminRoot, String profile, String id, JsonNode testCase)
            throws IOException {
        replay(port, prefix, adminRoot, "seed.json", EffectCheck::differences, profile, id, testCase);
    }

    /** What a corpus's recorded effects say is wrong with the state after a case: one line per difference. */
    @FunctionalInterface
    interface Effects {
        List<String> differences(JsonNode effects, JsonNode before, JsonNode after);
    }

    /**
     * Replays one case of a corpus that starts from {@code seed} and whose effects {@code check} compares, on the
     * dialer under {@code prefix} and {@code adminRoot}: the answers byte for byte, then the state.
     */
    static void replay(
            int port,
            String prefix,
            String adminRoot,
            String seed,
            Effects check,
            String profile,
            String id,
            JsonNode testCase)
            throws IOException {
        admin(port, "PUT", adminRoot + "/profile", "{\"profile\":\"" + profile + "\"}");
        admin(
                port,
                "PUT",
                adminRoot + "/state",
                OracleCases.initialState(seed, testCase).toString());
        JsonNode before = OracleCases.JSON.readTree(admin(port, "GET", adminRoot + "/state", null));
        int step = 0;
        for (JsonNode s : testCase.get("steps")) {
            step++;
            JsonNode expect = s.get("expect").get(profile);
            if (expect == null) {
                continue;
            }
            RawClient.Response r = send(
                    port,
                    s.get("method").asText(),
                    prefix + s.get("target").asText(),
                    s.path("contentType").isNull()
                            ? null
                            : s.path("contentType").asText(null),
                    s.path("body").isNull() ? null : s.get("body").asText().getBytes(StandardCharsets.UTF_8));
            String where = id + " step " + step;
            assertEquals(expect.get("status").asInt(), r.status(), where + " status; body " + r.utf8());
            assertEquals("text/html; charset=utf-8", r.header("Content-Type"), where + " Content-Type");
            if (expect.has("bodyPattern")) {
                assertTrue(
                        Pattern.compile(expect.get("bodyPattern").asText(), Pattern.DOTALL)
                                .matcher(r.utf8())
                                .matches(),
                        where + " body " + r.utf8() + " does not match " + expect.get("bodyPattern"));
            } else {
                assertEquals(expect.get("body").asText(), r.utf8(), where + " body");
            }
        }
        JsonNode effects = testCase.path("effects").get(profile);
        if (effects != null) {
            JsonNode after = OracleCases.JSON.readTree(admin(port, "GET", adminRoot + "/state", null));
            List<String> problems = check.differences(effects, before, after);
            if (!problems.isEmpty()) {
                fail(id + " effects: " + String.join("; ", problems));
            }
        }
    }

    private static String admin(int port, String method, String path, String json) throws IOException {
        RawClient.Response r = send(
                port,
                method,
                path,
                json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status(), method + " " + path + ": " + r.utf8());
        return r.utf8();
    }

    /** Sends the request target exactly as recorded; POST and PUT always carry a (possibly empty) body. */
    private static RawClient.Response send(int port, String method, String target, String contentType, byte[] body)
            throws IOException {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        byte[] sent = body == null && (method.equals("POST") || method.equals("PUT")) ? new byte[0] : body;
        return RawClient.send(port, RawClient.request(method, target, headers, sent), false);
    }

    /** Compares the recorded effects with the state before and after a case. */
    static final class EffectCheck {
        static List<String> differences(JsonNode effects, JsonNode before, JsonNode after) {
            List<String> bad = new ArrayList<>();
            Map<String, JsonNode> phones = index("phones", after);
            JsonNode pe = effects.path("phones");
            for (String section : List.of("updated", "inserted")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = pe.path(section).fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    compareColumns("phones." + section + " " + e.getKey(), phones.get(e.getKey()), e.getValue(), bad);
                }
            }
            for (JsonNode deleted : pe.path("deleted")) {
                if (phones.containsKey(deleted.asText())) {
                    bad.add("phone " + deleted.asText() + " should be deleted");
                }
            }
            for (String table : List.of("servers", "users")) {
                Map<String, JsonNode> rows = index(table, after);
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                effects.path(table).fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    compareColumns(table + " " + e.getKey(), rows.get(e.getKey()), e.getValue(), bad);
                }
            }
            // strict: nothing else changed (users' login dates aside, which the recording leaves out)
            Map<String, JsonNode> beforePhones = index("phones", before);
            for (Map.Entry<String, JsonNode> e : beforePhones.entrySet()) {
                JsonNode now = phones.get(e.getKey());
                if (now == null) {
                    if (!contains(pe.path("deleted"), e.getKey())) {
                        bad.add("phone " + e.getKey() + " vanished");
                    }
                    continue;
                }
                for (Iterator<String> cols = e.getValue().fieldNames(); cols.hasNext(); ) {
                    String c = cols.next();
                    if (!e.getValue().get(c).equals(now.get(c))
                            && !pe.path("updated").path(e.getKey()).has(c)) {
                        bad.add("phone " + e.getKey() + "." + c + " changed to " + now.get(c) + " unrecorded");
                    }
                }
            }
            for (String k : phones.keySet()) {
                if (!beforePhones.containsKey(k) && !pe.path("inserted").has(k)) {
                    bad.add("unexpected phone " + k);
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

        private static boolean contains(JsonNode list, String v) {
            for (JsonNode n : list) {
                if (n.asText().equals(v)) {
                    return true;
                }
            }
            return false;
        }

        private static void compareColumns(String where, JsonNode row, JsonNode expected, List<String> bad) {
            if (row == null) {
                bad.add(where + ": row missing");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> c = it.next();
                JsonNode got = row.get(c.getKey());
                boolean same = got != null
                        && (got.equals(c.getValue())
                                || (got.isNumber()
                                        && c.getValue().isNumber()
                                        && got.asLong() == c.getValue().asLong()));
                if (!same) {
                    bad.add(where + "." + c.getKey() + " expected " + c.getValue() + " got " + got);
                }
            }
        }

        private static Map<String, JsonNode> index(String table, JsonNode state) {
            Map<String, JsonNode> m = new HashMap<>();
            for (JsonNode r : state.path(table)) {
                m.put(OracleCases.key(table, r), r);
            }
            return m;
        }
    }
}
