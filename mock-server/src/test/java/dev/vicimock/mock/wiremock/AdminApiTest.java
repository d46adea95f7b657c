package dev.vicimock.mock.wiremock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.testing.MutableClock;
import dev.vicimock.mock.testing.States;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The simulator's admin routes and WireMock's own admin API, journal and stubs, over HTTP on an embedded server. */
class AdminApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String UPDATE = "/vicidial/non_agent_api.php?source=test&user=6666&pass=1234"
            + "&function=update_phone&extension=cc100&server_ip=10.0.9.8&phone_full_name=Changed";
    private static final String VERSION = "/vicidial/non_agent_api.php?function=version";
    private static VicidialMock mock;

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    static void start() {
        mock = VicidialMock.builder()
                .clock(MutableClock.at("2025-01-15T07:00:00", "America/New_York"))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    @BeforeEach
    void cleanSlate() throws Exception {
        send("POST", "/__admin/reset", null);
        assertEquals(200, send("POST", "/__admin/vicidial/reset", null).status());
        assertEquals(
                200,
                send("PUT", "/__admin/vicidial/profile", "{\"profile\":\"2.14-202\"}")
                        .status());
    }

    private static Reply send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path));
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    private static String state() throws Exception {
        Reply r = send("GET", "/__admin/vicidial/state", null);
        assertEquals(200, r.status());
        return r.body();
    }

    private static String seedWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = States.seedTree();
        tree.remove("admin_log");
        edit.accept(tree);
        return tree.toString();
    }

    private static ObjectNode row(ObjectNode tree, String table, int i) {
        return (ObjectNode) tree.withArray(table).get(i);
    }

    static Stream<Arguments> malformedStates() {
        return Stream.of(
                Arguments.of("bad JSON", "{\"format\": \"vicidial-state/1\", \"phones\": [", "not valid JSON"),
                Arguments.of("not an object", "[1, 2]", "must be a JSON object"),
                Arguments.of("empty body", "", "empty document"),
                Arguments.of("duplicate JSON field", "{\"servers\": [], \"servers\": []}", "Duplicate field 'servers'"),
                Arguments.of("wrong format", "{\"format\": \"vicidial-state/2\"}", "format must be"),
                Arguments.of("unknown table", seedWith(t -> t.putArray("phone")), "unknown table 'phone'"),
                Arguments.of(
                        "table not a list", seedWith(t -> t.putObject("servers")), "servers must be a list of rows"),
                Arguments.of(
                        "unknown column",
                        seedWith(t -> row(t, "phones", 2).put("colour", "blue")),
                        "phones[2] has unknown column 'colour'"),
                Arguments.of(
                        "unknown setting",
                        seedWith(t -> t.with("system_settings").put("use_latin", "1")),
                        "system_settings has unknown setting 'use_latin'"),
                Arguments.of(
                        "text for a number",
                        seedWith(t -> row(t, "users", 1).put("user_level", "9")),
                        "users[1].user_level must be a whole number, got \"9\""),
                Arguments.of(
                        "fraction for a number",
                        seedWith(t -> row(t, "users", 0).put("failed_login_count", 1.5)),
                        "users[0].failed_login_count must be a whole number"),
                Arguments.of(
                        "number for text",
                        seedWith(t -> row(t, "servers", 0).put("local_gmt", -5)),
                        "servers[0].local_gmt must be a string or null, got -5"),
                Arguments.of(
                        "object for text",
                        seedWith(t -> row(t, "phones", 0).putObject("email")),
                        "phones[0].email must be a string or null"),
                Arguments.of(
                        "duplicate key, other case",
                        seedWith(t -> t.withArray("phones")
                                .addObject()
                                .put("extension", "CC100")
                                .put("server_ip", "10.0.9.8")),
                        "duplicates the key extension=CC100, server_ip=10.0.9.8"),
                Arguments.of(
                        "duplicate key, trailing space",
                        seedWith(t -> t.withArray("users").addObject().put("user", "6666 ")),
                        "users[22] duplicates the key user=6666 "),
                Arguments.of(
                        "missing key column",
                        seedWith(t -> row(t, "servers", 1).remove("server_ip")),
                        "servers[1] is missing its key column 'server_ip'"),
                Arguments.of(
                        "empty key column",
                        seedWith(t -> row(t, "phones", 3).put("extension", "")),
                        "phones[3] is missing its key column 'extension'"),
                Arguments.of(
                        "null key column",
                        seedWith(t -> row(t, "user_groups", 0).putNull("user_group")),
                        "user_groups[0] is missing its key column 'user_group'"),
                Arguments.of(
                        "admin log entry of the wrong shape",
                        seedWith(t -> t.putArray("admin_log").add(7)),
                        "admin_log[0] must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedStates")
    void aMalformedStateIsRefusedWith400AndChangesNothing(String what, String body, String message) throws Exception {
        assertEquals(200, send("GET", UPDATE, null).status());
        String before = state();
        Reply r = send("PUT", "/__admin/vicidial/state", body);
        assertEquals(400, r.status(), r.body());
        String error = r.json().path("error").asText();
        assertTrue(
                error.startsWith("invalid state: ") && error.contains(message),
                "error '" + error + "' should name: " + message);
        assertEquals(before, state());
        assertTrue(before.contains("\"fullname\":\"Changed\""), "the state kept the earlier update");
    }

    @Test
    void aValidStateReplacesTheWholeState() throws Exception {
        String body = seedWith(t -> {
            row(t, "phones", 0).put("fullname", "Replaced");
            t.withArray("phones").addObject().put("extension", "new1").put("server_ip", "10.0.9.8");
        });
        Reply r = send("PUT", "/__admin/vicidial/state", body);
        assertEquals(200, r.status());
        assertEquals("{\"replaced\":true}", r.body());
        JsonNode state = JSON.readTree(state());
        assertEquals("Replaced", state.at("/phones/0/fullname").asText());
        assertEquals("new1", state.at("/phones/6/extension").asText());
        assertEquals(
                "/usr/local/perl_TK", state.at("/phones/6/install_directory").asText(), "defaults fill the row");
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|new1|10.0.9.8|\n",
                send("GET", UPDATE.replace("cc100", "new1"), null).body());
    }

    @Test
    void resetGoesBackToTheStateLoadedAtStart() throws Exception {
        String initial = state();
        send("GET", UPDATE, null);
        assertEquals(
                200,
                send("PUT", "/__admin/vicidial/state", seedWith(t -> t.putArray("phones")))
                        .status());
        assertTrue(!initial.equals(state()));
        Reply r = send("POST", "/__admin/vicidial/reset", null);
        assertEquals(200, r.status());
        assertEquals("{\"reset\":true}", r.body());
        assertEquals(initial, state());
    }

    @Test
    void theProfileCanBeReadAndSwitched() throws Exception {
        assertEquals(
                "{\"profile\":\"2.14-202\"}",
                send("GET", "/__admin/vicidial/profile", null).body());
        Reply put = send("PUT", "/__admin/vicidial/profile", "{\"profile\":\"2.14-107\"}");
        assertEquals(200, put.status());
        assertEquals("{\"profile\":\"2.14-107\"}", put.body());
        assertEquals(
                "{\"profile\":\"2.14-107\"}",
                send("GET", "/__admin/vicidial/profile", null).body());
        assertTrue(send("GET", VERSION, null).body().startsWith("VERSION: 2.14-107|BUILD: 180301-2301|"));
    }

    @ParameterizedTest(name = "[{index}] body {0}")
    @MethodSource("badProfiles")
    void anUnknownOrMalformedProfileIsRefusedWith400(String body, String message) throws Exception {
        Reply r = send("PUT", "/__admin/vicidial/profile", body);
        assertEquals(400, r.status());
        assertTrue(r.json().path("error").asText().contains(message), r.body());
        assertEquals(
                "{\"profile\":\"2.14-202\"}",
                send("GET", "/__admin/vicidial/profile", null).body());
        assertTrue(send("GET", VERSION, null).body().startsWith("VERSION: 2.14-202|"));
    }

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                Arguments.of("{\"profile\":\"2.14-999\"}", "unknown profile '2.14-999'; known: " + Releases.names()),
                Arguments.of("{\"name\":\"2.14-107\"}", "expected {\"profile\":\"NAME\"}"),
                Arguments.of("2.14-107", "expected {\"profile\":\"NAME\"}"),
                Arguments.of("{\"profile\":\"2.14-107\",\"x\":1}", "expected {\"profile\":\"NAME\"}"),
                Arguments.of("{\"profile\":\"2.14-107\",\"profile\":\"2.14-202\"}", "expected {\"profile\":\"NAME\"}"),
                Arguments.of("{\"profile\":\"2.14-107\"} {}", "expected {\"profile\":\"NAME\"}"),
                Arguments.of("{\"profile\":107}", "expected {\"profile\":\"NAME\"}"),
                Arguments.of("", "expected {\"profile\":\"NAME\"}"));
    }

    @Test
    void aUserStubAtDefaultPriorityOverridesTheSimulatorForItsRequestOnly() throws Exception {
        Reply created = send(
                "POST",
                "/__admin/mappings",
                "{\"request\":{\"method\":\"GET\","
                        + "\"urlPath\":\"/vicidial/non_agent_api.php\",\"queryParameters\":{\"function\":{\"equalTo\":"
                        + "\"version\"}}},\"response\":{\"status\":200,\"body\":\"STUBBED\"}}");
        assertEquals(201, created.status());
        assertEquals("STUBBED", send("GET", VERSION, null).body());
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n",
                send("GET", UPDATE, null).body());
        String id = created.json().path("id").asText();
        assertEquals(200, send("DELETE", "/__admin/mappings/" + id, null).status());
        assertTrue(send("GET", VERSION, null).body().startsWith("VERSION: 2.14-202|"));
    }

    @Test
    void aFaultStubOnTheApiPathIsServed() throws Exception {
        assertEquals(
                201,
                send(
                                "POST",
                                "/__admin/mappings",
                                "{\"request\":{\"urlPath\":"
                                        + "\"/vicidial/non_agent_api.php\",\"queryParameters\":{\"function\":{\"equalTo\":\"add_phone\"}}},"
                                        + "\"response\":{\"fault\":\"CONNECTION_RESET_BY_PEER\"}}")
                        .status());
        assertThrows(IOException.class, () -> send("GET", "/vicidial/non_agent_api.php?function=add_phone", null));
        assertTrue(send("GET", VERSION, null).body().startsWith("VERSION: "));
    }

    @Test
    void wireMocksOwnResetRemovesUserStubsAndKeepsTheSimulatorAnswering() throws Exception {
        send(
                "POST",
                "/__admin/mappings",
                "{\"request\":{\"urlPath\":\"/vicidial/non_agent_api.php\"}," + "\"response\":{\"status\":503}}");
        assertEquals(503, send("GET", VERSION, null).status());
        assertEquals(200, send("POST", "/__admin/reset", null).status());
        Reply r = send("GET", VERSION, null);
        assertEquals(200, r.status());
        assertTrue(r.body().startsWith("VERSION: 2.14-202|"), r.body());
        assertEquals(200, send("POST", "/__admin/mappings/reset", null).status());
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n",
                send("GET", UPDATE, null).body());
    }

    @Test
    void theRequestJournalRecordsApiCalls() throws Exception {
        send("GET", UPDATE, null);
        send("GET", VERSION, null);
        JsonNode journal = JSON.readTree(send("GET", "/__admin/requests", null).body());
        assertEquals(2, journal.path("requests").size());
        assertEquals(VERSION, journal.at("/requests/0/request/url").asText(), "newest first");
        // the journal masks passwords (see robust.RedactionTest)
        assertEquals(
                UPDATE.replace("pass=1234", "pass=***"),
                journal.at("/requests/1/request/url").asText());
        assertEquals(
                "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|cc100|10.0.9.8|\n",
                journal.at("/requests/1/response/body").asText());
        Reply count = send(
                "POST",
                "/__admin/requests/count",
                "{\"method\":\"GET\",\"urlPath\":"
                        + "\"/vicidial/non_agent_api.php\",\"queryParameters\":{\"function\":{\"equalTo\":\"update_phone\"}}}");
        assertEquals(1, count.json().path("count").asInt());
    }

    @Test
    void answersCarryTheRealHeadersWhateverTheStatus() throws Exception {
        for (String[] c : new String[][] {
            {VERSION, "200"}, {"/vicidial/non_agent_api.php?function=coffee", "418"}, {UPDATE + "&extension[]=x", "500"}
        }) {
            Reply r = send("GET", c[0], null);
            assertEquals(Integer.parseInt(c[1]), r.status(), c[0]);
            assertEquals(
                    "text/html; charset=utf-8",
                    r.raw().headers().firstValue("Content-Type").orElse(null));
            assertEquals(
                    "no-cache, must-revalidate",
                    r.raw().headers().firstValue("Cache-Control").orElse(null));
            assertEquals("no-cache", r.raw().headers().firstValue("Pragma").orElse(null));
        }
    }
}
